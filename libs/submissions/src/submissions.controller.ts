import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { submissionQueueSchema, type SubmissionView } from '@trainaction/contracts';
import { CurrentUser, type AuthUser } from '@trainaction/platform';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { SubmissionsService } from './submissions.service';

class QueueQueryDto extends createZodDto(submissionQueueSchema) {}
class MyActivitiesQueryDto extends createZodDto(z.strictObject({ courseId: z.string().regex(/^[0-9a-f]{24}$/).optional() })) {}
class ActivitySubmissionsQueryDto extends createZodDto(z.strictObject({ cohortId: z.string().regex(/^[0-9a-f]{24}$/).optional() })) {}

@ApiTags('submissions')
@ApiBearerAuth()
@Controller()
export class SubmissionsController {
  constructor(private readonly submissions: SubmissionsService) {}

  @Get('activities/:id/submissions')
  @ApiOperation({ summary: 'Submissions for an activity: the cohort’s for its moderators (with cohortId), otherwise my own' })
  forActivity(@CurrentUser() caller: AuthUser, @Param('id') id: string, @Query() query: ActivitySubmissionsQueryDto): Promise<SubmissionView[]> {
    return this.submissions.forActivity(caller, id, query.cohortId);
  }

  @Get('me/activities')
  @ApiOperation({ summary: 'My activity statuses (optionally in one course); accepted submissions complete their activity' })
  myActivities(@CurrentUser() caller: AuthUser, @Query() query: MyActivitiesQueryDto) {
    return this.submissions.myActivities(caller, query.courseId);
  }

  @Get('cohorts/:id/submissions')
  @ApiOperation({ summary: 'Review queue of a cohort (its moderators), filtered by status, activity, country, late' })
  queue(@CurrentUser() caller: AuthUser, @Param('id') cohortId: string, @Query() query: QueueQueryDto): Promise<SubmissionView[]> {
    return this.submissions.queue(caller, cohortId, query);
  }

  @Get('submissions/:id')
  @ApiOperation({ summary: 'One submission with every version and review (its learner and the cohort’s moderators)' })
  get(@CurrentUser() caller: AuthUser, @Param('id') id: string): Promise<SubmissionView> {
    return this.submissions.get(caller, id);
  }
}
