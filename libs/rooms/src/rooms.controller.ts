import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  historyQuerySchema,
  type MessageSearchResult,
  messageSearchResultSchema,
  messageSearchSchema,
  type MessageView,
  messageViewSchema,
  type Page,
  pageSchema,
  roomInputSchema,
  type RoomView,
  roomViewSchema,
} from '@trainaction/contracts';
import { ApiResult, type AuthUser, CurrentUser } from '@trainaction/platform';
import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { RoomCatchUp } from './room-catch-up';
import { RoomsService } from './rooms.service';
import { MessageSearch } from './message-search';

class RoomInputDto extends createZodDto(roomInputSchema) {}
class HistoryQueryDto extends createZodDto(historyQuerySchema) {}
class MessageSearchDto extends createZodDto(messageSearchSchema) {}

@ApiTags('rooms')
@ApiBearerAuth()
@Controller()
export class RoomsController {
  constructor(
    private readonly service: RoomsService,
    private readonly catchUp: RoomCatchUp,
    private readonly messageSearch: MessageSearch,
  ) {}

  @Get('cohorts/:id/rooms')
  @ApiOperation({ summary: 'Live rooms of a cohort (a default "General" room always exists), with my unread counts' })
  @ApiResult(z.array(roomViewSchema))
  rooms(@CurrentUser() caller: AuthUser, @Param('id') cohortId: string): Promise<RoomView[]> {
    return this.service.rooms(caller, cohortId);
  }

  @Post('cohorts/:id/rooms')
  @ApiOperation({ summary: 'Create a room (the cohort’s moderators)' })
  @ApiResult(roomViewSchema, { status: 201 })
  createRoom(@CurrentUser() caller: AuthUser, @Param('id') cohortId: string, @Body() body: RoomInputDto): Promise<RoomView> {
    return this.service.createRoom(caller, cohortId, body);
  }

  @Get('rooms/:id')
  @ApiOperation({ summary: 'One room' })
  @ApiResult(roomViewSchema)
  async room(@CurrentUser() caller: AuthUser, @Param('id') roomId: string): Promise<RoomView> {
    return await this.service.roomView(caller, roomId);
  }

  @Get('rooms/:id/messages')
  @ApiOperation({ summary: 'History, newest first; `before` (cursor) pages back, `after` reads forward; `threadRootId` reads a thread' })
  @ApiResult(pageSchema(messageViewSchema))
  history(@CurrentUser() caller: AuthUser, @Param('id') roomId: string, @Query() query: HistoryQueryDto): Promise<Page<MessageView>> {
    return this.catchUp.history(caller, roomId, query);
  }

  @Get('messages/search')
  @ApiOperation({ summary: 'Search the messages of every live room I can read (accents, case and plurals folded; most relevant first)' })
  @ApiResult(messageSearchResultSchema)
  search(@CurrentUser() caller: AuthUser, @Query() query: MessageSearchDto): Promise<MessageSearchResult> {
    return this.messageSearch.search(caller, query);
  }
}
