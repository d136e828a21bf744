import type { Type } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { forumSearchSchema, postCreateSchema, threadCreateSchema } from '@trainaction/contracts';
import type { AuthUser } from '@trainaction/platform';
import { startServices, type Cohort, type ServiceHarness } from '@trainaction/testing';
import type { Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForumSearch } from './forum-search';
import { ForumPosts } from './forum-posts.service';
import { ForumThreads } from './forum-threads.service';
import { ForumModule } from './forum.module';

/** The forum's rules, service by service, on the embedded database (no HTTP, no sockets). */
let h: ServiceHarness;
let cohort: Cohort;
let learner: AuthUser;
let peer: AuthUser;
let moderator: AuthUser;
let outsider: AuthUser;
let threads: ForumThreads;
let posts: ForumPosts;

const newThread = (who: AuthUser, fields: Record<string, unknown> = {}, where = cohort) =>
  threads.createThread(who, where.id, threadCreateSchema.parse({ title: 'Una pregunta', body: 'El detalle', ...fields }));
const reply = (who: AuthUser, threadId: string, body = 'Una respuesta') =>
  posts.createPost(who, threadId, postCreateSchema.parse({ body }));

beforeAll(async () => {
  h = await startServices('forum-service', ForumModule);
  [learner, peer, moderator, outsider] = await Promise.all([h.person(), h.person(), h.person(), h.person()]);
  cohort = await h.cohort({ learners: [learner, peer], moderators: [moderator] });
  threads = h.get(ForumThreads);
  posts = h.get(ForumPosts);
});

afterAll(() => h?.close());

describe('forum services', () => {
  it('lets members open threads and reply; outside the cohort the thread and its posts do not exist', async () => {
    const thread = await newThread(learner);
    const post = await reply(peer, thread.id);
    expect((await threads.thread(learner, thread.id)).posts.map((p) => p.id)).toEqual([post.id]);
    await expect(threads.thread(outsider, thread.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(reply(outsider, thread.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(posts.editPost(outsider, post.id, 'Ajeno')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps announcements and forum activities to moderators', async () => {
    await expect(newThread(learner, { announcement: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(newThread(learner, { postFirst: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await newThread(moderator, { announcement: true })).title).toBe('Una pregunta');
  });

  it('lets only the author edit a post, and the author or a moderator delete it', async () => {
    const thread = await newThread(learner);
    const post = await reply(peer, thread.id, 'Primera versión');
    await expect(posts.editPost(learner, post.id, 'Ajeno')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(posts.editPost(moderator, post.id, 'Moderado')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await posts.editPost(peer, post.id, 'Segunda versión')).body).toBe('Segunda versión');
    await expect(posts.deletePost(learner, post.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await posts.deletePost(moderator, post.id);
    await expect(posts.editPost(peer, post.id, 'Tarde')).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(threads.updateThread(peer, thread.id, { title: 'Ajeno' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(threads.deleteThread(peer, thread.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await threads.deleteThread(moderator, thread.id);
    await expect(reply(learner, thread.id)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('hides a post from learners (a flag of it is 404) but not from moderators', async () => {
    const thread = await newThread(learner);
    const post = await reply(peer, thread.id, 'Fuera de lugar');
    await posts.setPostHidden(post.id, true, 'off-topic');
    await expect(posts.visiblePost(learner, post.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await posts.visiblePost(moderator, post.id)).post.hiddenReason).toBe('off-topic');
    expect((await threads.thread(learner, thread.id)).posts.find((p) => p.id === post.id)).toMatchObject({ hidden: true, body: '' });
  });

  it('refuses learners’ replies in a locked thread, and only moderators lock', async () => {
    const thread = await newThread(learner);
    await expect(threads.setThreadLocked(learner, thread.id, true)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await threads.setThreadLocked(moderator, thread.id, true);
    await expect(reply(peer, thread.id)).rejects.toMatchObject({ code: 'ROOM_LOCKED' });
    await reply(moderator, thread.id);
    await threads.setThreadLocked(moderator, thread.id, false);
    await reply(peer, thread.id);
  });

  it('refuses a muted learner’s threads, replies and edits, in the cohort’s forum and the course’s shared one', async () => {
    const muted = await h.person();
    const own = await h.cohort({ learners: [muted, peer] });
    const thread = await newThread(peer, {}, own);
    const shared = await newThread(peer, { courseWide: true }, own);
    const post = await reply(muted, thread.id);
    await h.sanction(own, muted, 'mute');
    await expect(newThread(muted, {}, own)).rejects.toMatchObject({ code: 'MUTED' });
    await expect(reply(muted, thread.id)).rejects.toMatchObject({ code: 'MUTED' });
    await expect(reply(muted, shared.id)).rejects.toMatchObject({ code: 'MUTED' });
    await expect(posts.editPost(muted, post.id, 'Editado')).rejects.toMatchObject({ code: 'MUTED' });
    expect((await threads.thread(muted, thread.id)).posts.map((p) => p.id)).toContain(post.id);
  });

  it('reads each candidate post and thread once for searches asked at the same time', async () => {
    const thread = await newThread(learner, { title: 'La encuesta de victimización', body: 'Sus resultados' });
    const replies = await Promise.all([0, 1, 2].map((i) => reply(peer, thread.id, `Sobre la encuesta, punto ${i}`)));
    const search = h.get(ForumSearch);
    const find = (who: AuthUser) => search.search(who, forumSearchSchema.parse({ q: 'encuesta' }));
    for (const who of [learner, peer, moderator]) await find(who); // the word index built, each one's memberships kept
    const reads: string[] = [];
    const connection = h.get(getConnectionToken() as unknown as Type<Connection>);
    connection.set('debug', (collection: string, method: string) => reads.push(`${collection}.${method}`));
    const found = await Promise.all([learner, peer, moderator].map(find));
    connection.set('debug', false);
    for (const result of found) {
      expect(result.threads.map((t) => t.id)).toContain(thread.id);
      expect(result.posts.map((p) => p.id)).toEqual(expect.arrayContaining(replies.map((p) => p.id)));
    }
    // one read of the terms, for the three (terms first written since the index was built hold their first
    // ids themselves, so no chunk is read here)
    expect(reads.filter((r) => r.startsWith('forum_search_terms.')).length).toBe(1);
    expect(reads.filter((r) => r.startsWith('forum_posts.')).length).toBe(1);
    expect(reads.filter((r) => r.startsWith('forum_threads.')).length).toBe(1);
  });

  it('keeps the post-first rule in searches asked together: each person sees replies only where they posted first', async () => {
    const activity = await newThread(moderator, { title: 'Actividad sobre la cartografía del delito', postFirst: true });
    const mine = await reply(learner, activity.id, 'Mi respuesta: la cartografía del delito en mi país');
    const search = h.get(ForumSearch);
    const find = (who: AuthUser) => search.search(who, forumSearchSchema.parse({ q: 'cartografía' }));
    for (const who of [learner, peer]) await find(who);
    const [hers, his] = await Promise.all([find(learner), find(peer)]);
    expect(hers.posts.map((p) => p.id)).toEqual([mine.id]);
    expect(his.posts).toEqual([]);
    await reply(peer, activity.id, 'La mía, sobre otra cartografía');
    const [again] = await Promise.all([find(peer), find(learner)]);
    expect(again.posts.map((p) => p.id)).toContain(mine.id);
  });
});
