import { Injectable } from '@nestjs/common';
import type { ThreadView } from '@trainaction/contracts';
import { RoomAccess, RoomModeration, RoomsRepository } from '@trainaction/rooms';
import { AppError, newId, RealtimePublisher, type AuthUser } from '@trainaction/platform';
import { ForumAccessPolicy } from './forum-access';
import { forumRoom, indexed, isDuplicateKey, searchText } from './forum-common';
import { ForumSearchIndex } from './forum-search-index';
import { toThreadView } from './forum-view';
import { ForumRepository, type ThreadRecord } from './forum.repository';

/** The session archive: a closed live session of a room becomes a forum thread. */
@Injectable()
export class ForumSessionArchive {
  constructor(
    private readonly repo: ForumRepository,
    private readonly policy: ForumAccessPolicy,
    private readonly roomAccess: RoomAccess,
    private readonly roomModeration: RoomModeration,
    private readonly messages: RoomsRepository,
    private readonly publisher: RealtimePublisher,
    private readonly searchIndex: ForumSearchIndex,
  ) {}

  /**
   * Closing a live session: its pinned messages and the moderator's summary become one forum thread that
   * links back to the room; the room then links to the thread. A unique key per session makes a second
   * close (or two at once) answer the same thread.
   */
  async closeSession(caller: AuthUser, roomId: string, summary: string): Promise<ThreadView> {
    const { room, access } = await this.roomAccess.roomFor(caller, roomId);
    if (!access.canModerate) throw new AppError('FORBIDDEN', 'Only the cohort’s moderators close a session');
    const sourceKey = `session:${room.id}:${room.sessionCount ?? 0}`;
    const existing = await this.repo.findThreadBySource(sourceKey);
    if (existing) return toThreadView(existing);
    const pinned = (await Promise.all(room.pinnedMessageIds.map((id) => this.messages.findMessage(id)))).filter(
      (m) => m && !m.deletedAt && !m.hiddenAt,
    );
    const date = new Intl.DateTimeFormat('es', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date());
    const quotes = pinned.map((m) => `> **${m!.authorName}**: ${m!.body.replace(/\n/g, '\n> ')}`).join('\n\n');
    const body = `${summary}\n\n${pinned.length ? `### Mensajes destacados\n\n${quotes}\n\n` : ''}[Ver la conversación de la sesión](/rooms/${room.id})`;
    const author = await this.policy.author(caller.id);
    const now = new Date();
    let thread: ThreadRecord;
    try {
      thread = await this.repo.createThread({
        id: newId(),
        scope: 'cohort',
        cohortId: room.cohortId,
        courseId: access.cohort.courseId,
        title: `Sesión en vivo: ${room.name} (${date})`,
        body,
        kind: 'discussion',
        authorId: caller.id,
        authorName: author.displayName,
        authorCountry: author.country,
        postFirst: false,
        allowAnonymous: false,
        roomId: room.id,
        sourceKey,
        searchText: searchText(room.name, summary, ...pinned.map((m) => m!.body)),
        replyCount: 0,
        lastActivityAt: now,
        createdAt: now,
      });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      return toThreadView((await this.repo.findThreadBySource(sourceKey))!);
    }
    await this.searchIndex.changed(indexed(thread, 'thread'), undefined, thread.searchText);
    await this.roomModeration.sessionClosed(room.id, thread.id);
    const view = toThreadView(thread);
    this.publisher.toRoom(forumRoom(thread), 'forum:thread', view);
    return view;
  }
}
