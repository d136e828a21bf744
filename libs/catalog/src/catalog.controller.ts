import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  activityContextSchema,
  courseProgressSchema,
  type CourseSummary,
  courseSummarySchema,
  type CourseView,
  courseViewSchema,
  type Page,
  pageSchema,
} from '@trainaction/contracts';
import { ApiErrors, ApiResult, type AuthUser, CurrentUser, Roles } from '@trainaction/platform';
import { CourseInputDto, CourseListQueryDto, CourseStatusDto, LessonDoneDto } from './catalog.dto';
import { CatalogService, type ActivityContext, type CourseProgress } from './catalog.service';

@ApiTags('catalog')
@ApiBearerAuth()
@Controller()
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Get('courses')
  @ApiOperation({ summary: 'Courses: published ones for learners and moderators, all for coordinators and admins' })
  @ApiResult(pageSchema(courseSummarySchema))
  list(@CurrentUser() caller: AuthUser, @Query() query: CourseListQueryDto): Promise<Page<CourseSummary>> {
    return this.catalog.list(caller, query);
  }

  @Get('courses/:slug')
  @ApiOperation({ summary: 'A course with modules, lessons and activities' })
  @ApiResult(courseViewSchema)
  get(@CurrentUser() caller: AuthUser, @Param('slug') slug: string): Promise<CourseView> {
    return this.catalog.get(caller, slug);
  }

  @Post('courses')
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'Create a course (coordinators)' })
  @ApiResult(courseViewSchema, { status: 201 })
  @ApiErrors(409)
  create(@Body() body: CourseInputDto): Promise<CourseView> {
    return this.catalog.create(body);
  }

  @Put('courses/:slug')
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'Replace a course: edit, reorder (array order), add or remove modules, lessons, activities' })
  @ApiResult(courseViewSchema)
  @ApiErrors(409)
  update(@Param('slug') slug: string, @Body() body: CourseInputDto): Promise<CourseView> {
    return this.catalog.update(slug, body);
  }

  @Patch('courses/:slug/status')
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'Publish or unpublish a course' })
  @ApiResult(courseViewSchema)
  setStatus(@Param('slug') slug: string, @Body() body: CourseStatusDto): Promise<CourseView> {
    return this.catalog.setStatus(slug, body.status);
  }

  @Get('courses/:slug/progress')
  @ApiOperation({ summary: 'My lesson progress in a course' })
  @ApiResult(courseProgressSchema)
  progress(@CurrentUser() caller: AuthUser, @Param('slug') slug: string): Promise<CourseProgress> {
    return this.catalog.myProgress(caller, slug);
  }

  @Put('lessons/:id/done')
  @ApiOperation({ summary: 'Mark a lesson done or not done for me' })
  @ApiResult(courseProgressSchema)
  lessonDone(@CurrentUser() caller: AuthUser, @Param('id') id: string, @Body() body: LessonDoneDto): Promise<CourseProgress> {
    return this.catalog.setLessonDone(caller, id, body.done);
  }

  @Get('activities/:id')
  @ApiOperation({ summary: 'An activity with its course and module' })
  @ApiResult(activityContextSchema)
  activity(@CurrentUser() caller: AuthUser, @Param('id') id: string): Promise<ActivityContext> {
    return this.catalog.activity(caller, id);
  }
}
