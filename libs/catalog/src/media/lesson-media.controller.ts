import { Controller, Delete, Get, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type LessonMediaList,
  lessonMediaListSchema,
  lessonMediaUploadSchema,
  type LessonMediaView,
  lessonMediaViewSchema,
} from '@trainaction/contracts';
import { ApiErrors, ApiNoContent, ApiResult, type AuthUser, CurrentUser, Roles } from '@trainaction/platform';
import type { Request } from 'express';
import { createZodDto } from 'nestjs-zod';
import { LessonMediaService } from './lesson-media.service';

class LessonMediaUploadDto extends createZodDto(lessonMediaUploadSchema) {}

@ApiTags('catalog')
@ApiBearerAuth()
@Controller()
export class LessonMediaController {
  constructor(private readonly media: LessonMediaService) {}

  @Get('courses/:slug/media')
  @ApiOperation({ summary: 'The files attached to the course’s lessons (content at /api/files/:fileId, for its learners and staff)' })
  @ApiResult(lessonMediaListSchema)
  list(@CurrentUser() caller: AuthUser, @Param('slug') slug: string): Promise<LessonMediaList> {
    return this.media.ofCourse(caller, slug);
  }

  @Post('lessons/:id/media')
  @Roles('coordinator', 'admin')
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: 'Attach one file to a lesson: video (MP4/WebM), captions (WebVTT, with language), document (PDF) or resource' })
  @ApiResult(lessonMediaViewSchema, { status: 201 })
  @ApiErrors(409, 413, 415)
  attach(
    @CurrentUser() caller: AuthUser,
    @Param('id') id: string,
    @Query() query: LessonMediaUploadDto,
    @Req() request: Request,
  ): Promise<LessonMediaView> {
    return this.media.attach(caller, id, query, request);
  }

  @Delete('lessons/:id/media/:mediaId')
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'Remove a file from a lesson; its stored content is deleted' })
  @ApiNoContent()
  remove(@Param('id') id: string, @Param('mediaId') mediaId: string): Promise<void> {
    return this.media.remove(id, mediaId);
  }
}
