import { Body, Controller, Delete, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  activityThreadsQuerySchema,
  activityThreadViewSchema,
  forumSearchResultSchema,
  forumModeratorsSchema,
  forumSearchSchema,
  pageSchema,
  postHistorySchema,
  postViewSchema,
  threadDetailSchema,
  threadViewSchema,
  postCreateSchema,
  postEditSchema,
  sessionCloseSchema,
  threadCreateSchema,
  threadListQuerySchema,
  threadPostsQuerySchema,
  threadUpdateSchema,
  threadViewQuerySchema,
} from '@trainaction/contracts';
import { ApiErrors, ApiNoContent, ApiResult, CurrentUser, type AuthUser } from '@trainaction/platform';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CourseForumModerators } from './course-moderators.service';
import { ForumSearch } from './forum-search';
import { ForumPosts } from './forum-posts.service';
import { ForumSessionArchive } from './forum-sessions.service';
import { ForumThreads } from './forum-threads.service';

class ThreadCreateDto extends createZodDto(threadCreateSchema) {}
class ThreadListDto extends createZodDto(threadListQuerySchema) {}
class ThreadViewDto extends createZodDto(threadViewQuerySchema) {}
class ActivityThreadsDto extends createZodDto(activityThreadsQuerySchema) {}
class ThreadPostsDto extends createZodDto(threadPostsQuerySchema) {}
class ThreadUpdateDto extends createZodDto(threadUpdateSchema) {}
class PostCreateDto extends createZodDto(postCreateSchema) {}
class PostEditDto extends createZodDto(postEditSchema) {}
class SearchDto extends createZodDto(forumSearchSchema) {}
class FollowDto extends createZodDto(z.strictObject({ following: z.boolean() })) {}
class SessionCloseDto extends createZodDto(sessionCloseSchema) {}
class ModeratorsDto extends createZodDto(forumModeratorsSchema) {}

@ApiTags('forum')
@ApiBearerAuth()
@Controller()
export class ForumController {
  constructor(
    private readonly forumThreads: ForumThreads,
    private readonly forumPosts: ForumPosts,
    private readonly sessionArchive: ForumSessionArchive,
    private readonly courseModerators: CourseForumModerators,
    private readonly forumSearch: ForumSearch,
  ) {}

  @Get('cohorts/:id/threads')
  @ApiOperation({
    summary: 'Threads of the cohort’s forum (or its course-wide forum with courseWide=true): sort=activity (default), unanswered or newest',
  })
  @ApiResult(pageSchema(threadViewSchema))
  threads(@CurrentUser() caller: AuthUser, @Param('id') cohortId: string, @Query() query: ThreadListDto) {
    return this.forumThreads.threads(caller, cohortId, query.courseWide ?? false, query);
  }

  @Post('cohorts/:id/threads')
  @ApiOperation({ summary: 'Start a thread (forum activities, post-first and anonymity: moderators)' })
  @ApiResult(threadViewSchema, { status: 201 })
  createThread(@CurrentUser() caller: AuthUser, @Param('id') cohortId: string, @Body() body: ThreadCreateDto) {
    return this.forumThreads.createThread(caller, cohortId, body);
  }

  @Get('threads/:id')
  @ApiOperation({ summary: 'A thread with the first page of its posts (reading clears its unread count)' })
  @ApiResult(threadDetailSchema)
  thread(@CurrentUser() caller: AuthUser, @Param('id') id: string, @Query() query: ThreadViewDto) {
    return this.forumThreads.thread(caller, id, query.limit);
  }

  @Get('activities/:id/threads')
  @ApiOperation({ summary: 'A forum activity’s threads in a cohort’s forums, with the caller’s progress in each' })
  @ApiResult(z.array(activityThreadViewSchema))
  activityThreads(@CurrentUser() caller: AuthUser, @Param('id') activityId: string, @Query() query: ActivityThreadsDto) {
    return this.forumThreads.activityThreads(caller, activityId, query.cohortId);
  }

  @Get('threads/:id/posts')
  @ApiOperation({ summary: 'The next page of a thread’s posts, after a cursor' })
  @ApiResult(pageSchema(postViewSchema))
  posts(@CurrentUser() caller: AuthUser, @Param('id') id: string, @Query() query: ThreadPostsDto) {
    return this.forumThreads.posts(caller, id, query.cursor, query.limit);
  }

  @Patch('threads/:id')
  @ApiOperation({ summary: 'Edit a thread (author), or accept an answer to a question (author or moderator)' })
  @ApiResult(threadViewSchema)
  updateThread(@CurrentUser() caller: AuthUser, @Param('id') id: string, @Body() body: ThreadUpdateDto) {
    return this.forumThreads.updateThread(caller, id, body);
  }

  @Delete('threads/:id')
  @ApiOperation({ summary: 'Delete a thread (soft; author or moderator)' })
  @ApiNoContent()
  deleteThread(@CurrentUser() caller: AuthUser, @Param('id') id: string) {
    return this.forumThreads.deleteThread(caller, id);
  }

  @Post('threads/:id/posts')
  @ApiOperation({ summary: 'Reply to a thread or to a post (nested up to three levels)' })
  @ApiResult(postViewSchema, { status: 201 })
  @ApiErrors(409, 423)
  createPost(@CurrentUser() caller: AuthUser, @Param('id') id: string, @Body() body: PostCreateDto) {
    return this.forumPosts.createPost(caller, id, body);
  }

  @Put('threads/:id/follow')
  @ApiOperation({ summary: 'Follow or unfollow a thread' })
  @ApiResult(z.object({ following: z.boolean() }))
  follow(@CurrentUser() caller: AuthUser, @Param('id') id: string, @Body() body: FollowDto) {
    return this.forumThreads.follow(caller, id, body.following);
  }

  @Patch('posts/:id')
  @ApiOperation({ summary: 'Edit a post (author; the earlier text is kept)' })
  @ApiResult(postViewSchema)
  editPost(@CurrentUser() caller: AuthUser, @Param('id') id: string, @Body() body: PostEditDto) {
    return this.forumPosts.editPost(caller, id, body.body);
  }

  @Delete('posts/:id')
  @ApiOperation({ summary: 'Delete a post (soft; author or moderator)' })
  @ApiNoContent()
  deletePost(@CurrentUser() caller: AuthUser, @Param('id') id: string) {
    return this.forumPosts.deletePost(caller, id);
  }

  @Get('posts/:id/history')
  @ApiOperation({ summary: 'Edit history of a post (moderators and the author)' })
  @ApiResult(postHistorySchema)
  postHistory(@CurrentUser() caller: AuthUser, @Param('id') id: string) {
    return this.forumPosts.postHistory(caller, id);
  }

  @Get('forum/search')
  @ApiOperation({ summary: 'Search threads and posts in every forum I can see (words, author, date range)' })
  @ApiResult(forumSearchResultSchema)
  search(@CurrentUser() caller: AuthUser, @Query() query: SearchDto) {
    return this.forumSearch.search(caller, query);
  }

  @Get('courses/:id/forum-moderators')
  @ApiOperation({ summary: 'Moderators of the course’s shared forum (coordinators and those moderators)' })
  @ApiResult(z.array(z.string()))
  forumModerators(@CurrentUser() caller: AuthUser, @Param('id') courseId: string) {
    return this.courseModerators.list(caller, courseId);
  }

  @Put('courses/:id/forum-moderators')
  @ApiOperation({ summary: 'Name the moderators of the course’s shared forum (coordinators)' })
  @ApiResult(z.array(z.string()))
  setForumModerators(@CurrentUser() caller: AuthUser, @Param('id') courseId: string, @Body() body: ModeratorsDto) {
    return this.courseModerators.set(caller, courseId, body.userIds);
  }

  @Post('rooms/:id/close-session')
  @ApiOperation({ summary: 'Close a live session: its pinned messages and a summary become a forum thread (moderators)' })
  @ApiResult(threadViewSchema, { status: 201 })
  @ApiErrors(409)
  closeSession(@CurrentUser() caller: AuthUser, @Param('id') roomId: string, @Body() body: SessionCloseDto) {
    return this.sessionArchive.closeSession(caller, roomId, body.summary);
  }
}
