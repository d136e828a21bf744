import { Controller, Delete, Get, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type DraftAttachmentsView,
  draftAttachmentsViewSchema,
  type FileView,
  fileViewSchema,
  myActivitySchema,
  type SubmissionQueuePage,
  submissionQueuePageSchema,
  submissionQueueSchema,
  type SubmissionView,
  submissionViewSchema,
} from '@trainaction/contracts';
import { ApiErrors, ApiNoContent, ApiResult, type AuthUser, CurrentUser } from '@trainaction/platform';
import type { Request } from 'express';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { SubmissionsService } from './submissions.service';

class QueueQueryDto extends createZodDto(submissionQueueSchema) {}
class MyActivitiesQueryDto extends createZodDto(
  z.strictObject({
    courseId: z
      .string()
      .regex(/^[0-9a-f]{24}$/)
      .optional(),
  }),
) {}
class ActivitySubmissionsQueryDto extends createZodDto(
  z.strictObject({
    cohortId: z
      .string()
      .regex(/^[0-9a-f]{24}$/)
      .optional(),
  }),
) {}

@ApiTags('submissions')
@ApiBearerAuth()
@Controller()
export class SubmissionsController {
  constructor(private readonly submissions: SubmissionsService) {}

  @Get('activities/:id/submissions')
  @ApiOperation({ summary: 'Submissions for an activity: the cohort’s for its moderators (with cohortId), otherwise my own' })
  @ApiResult(z.array(submissionViewSchema))
  forActivity(
    @CurrentUser() caller: AuthUser,
    @Param('id') id: string,
    @Query() query: ActivitySubmissionsQueryDto,
  ): Promise<SubmissionView[]> {
    return this.submissions.forActivity(caller, id, query.cohortId);
  }

  @Get('me/activities')
  @ApiOperation({ summary: 'My activity statuses (optionally in one course); accepted submissions complete their activity' })
  @ApiResult(z.array(myActivitySchema))
  myActivities(@CurrentUser() caller: AuthUser, @Query() query: MyActivitiesQueryDto) {
    return this.submissions.myActivities(caller, query.courseId);
  }

  @Get('cohorts/:id/submissions')
  @ApiOperation({
    summary:
      'Review queue of a cohort (its moderators), filtered by status, activity, country, late: a page of summaries (no version bodies), `total` and the `next` cursor (`after`)',
  })
  @ApiResult(submissionQueuePageSchema)
  queue(@CurrentUser() caller: AuthUser, @Param('id') cohortId: string, @Query() query: QueueQueryDto): Promise<SubmissionQueuePage> {
    return this.submissions.queue(caller, cohortId, query);
  }

  @Post('cohorts/:cohortId/activities/:activityId/attachments')
  @ApiConsumes('multipart/form-data')
  @ApiOperation({
    summary: 'Upload files for my next version (PDF, ODT, DOCX, images; SUBMISSION_MAX_FILES, SUBMISSION_MAX_FILE_BYTES); 413, 415',
  })
  @ApiResult(z.array(fileViewSchema), { status: 201 })
  @ApiErrors(409, 413, 415)
  uploadAttachments(
    @CurrentUser() caller: AuthUser,
    @Param('cohortId') cohortId: string,
    @Param('activityId') activityId: string,
    @Req() req: Request,
  ): Promise<FileView[]> {
    return this.submissions.uploadAttachments(caller, cohortId, activityId, req);
  }

  @Get('cohorts/:cohortId/activities/:activityId/attachments')
  @ApiOperation({ summary: 'My uploaded files not sent yet with a version, and how many and how large they may be' })
  @ApiResult(draftAttachmentsViewSchema)
  draftAttachments(
    @CurrentUser() caller: AuthUser,
    @Param('cohortId') cohortId: string,
    @Param('activityId') activityId: string,
  ): Promise<DraftAttachmentsView> {
    return this.submissions.draftAttachments(caller, cohortId, activityId);
  }

  @Delete('cohorts/:cohortId/activities/:activityId/attachments/:fileId')
  @ApiOperation({ summary: 'Remove one of my files not sent yet' })
  @ApiNoContent()
  removeDraftAttachment(
    @CurrentUser() caller: AuthUser,
    @Param('cohortId') cohortId: string,
    @Param('activityId') activityId: string,
    @Param('fileId') fileId: string,
  ): Promise<void> {
    return this.submissions.removeDraftAttachment(caller, cohortId, activityId, fileId);
  }

  @Get('submissions/:id')
  @ApiOperation({ summary: 'One submission with every version and review (its learner and the cohort’s moderators)' })
  @ApiResult(submissionViewSchema)
  get(@CurrentUser() caller: AuthUser, @Param('id') id: string): Promise<SubmissionView> {
    return this.submissions.get(caller, id);
  }
}
