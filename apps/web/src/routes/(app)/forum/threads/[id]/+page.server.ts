import { error, fail, redirect } from '@sveltejs/kit';
import { isId, type CohortView, type PostView, type ThreadDetail, type ThreadView, type Page } from '@trainaction/contracts';
import { m } from '$lib/paraglide/messages';
import { callApi } from '$lib/server/api-client';
import { forumActivities, forumFail, forumLoadError, renderForumMarkdown, text } from '$lib/server/forum';
import { COHORT_MANAGERS, requireUser } from '$lib/server/guards';
import { renderMarkdown } from '$lib/server/markdown';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { user, token } = requireUser(event);
  const id = event.params.id;
  if (!isId(id)) error(404, { message: m.forum_not_found(), code: 'NOT_FOUND' });
  const thread = await callApi<ThreadDetail>(event, `/threads/${id}`, { token });
  if (!thread.ok) forumLoadError(thread);

  // The cohort whose forums we watch: the thread's own, or (course-wide threads) the one we came from or any of ours.
  let cohortId = thread.data.cohortId ?? null;
  const asked = event.url.searchParams.get('cohort');
  if (!cohortId && asked && isId(asked)) cohortId = asked;
  let cohort: CohortView | null = null;
  if (cohortId) {
    const found = await callApi<CohortView>(event, `/cohorts/${cohortId}`, { token });
    cohort = found.ok && found.data.courseId === thread.data.courseId ? found.data : null;
  }
  if (!cohort) {
    const mine = await callApi<Page<CohortView>>(event, '/cohorts', { token, query: { scope: 'mine' } });
    const list = mine.ok ? mine.data.items : [];
    cohort = list.find((c) => c.courseId === thread.data.courseId) ?? null;
  }
  const canModerate = cohort?.myRole === 'moderator' || COHORT_MANAGERS.includes(user.role);
  let activity: { title: unknown; promptHtml: string } | null = null;
  if (thread.data.activityId && cohort) {
    const found = (await forumActivities(event, token, cohort)).find((a) => a.id === thread.data.activityId);
    if (found) activity = { title: found.title, promptHtml: renderMarkdown(found.prompt) };
  }
  const rendered: Record<string, { body: string; html: string }> = {};
  for (const post of thread.data.posts)
    if (!post.deleted && post.body) rendered[post.id] = { body: post.body, html: renderForumMarkdown(post.body) };
  return {
    thread: thread.data,
    threadHtml: renderForumMarkdown(thread.data.body ?? ''),
    rendered,
    cohort: cohort ? { id: cohort.id, name: cohort.name, timezone: cohort.timezone } : null,
    canModerate,
    activity,
    me: { id: user.id, displayName: user.displayName },
  };
};

export const actions: Actions = {
  reply: async (event) => {
    const { token } = requireUser(event);
    const form = await event.request.formData();
    const body = text(form, 'body');
    const parentId = text(form, 'parentId');
    const quotedPostId = text(form, 'quotedPostId');
    const clientPostId = text(form, 'clientPostId');
    const target = parentId || 'thread';
    if (!body.trim()) return fail(400, { action: 'reply', target, code: 'VALIDATION_FAILED', fields: { body: true }, values: { body } });
    const result = await callApi<PostView>(event, `/threads/${event.params.id}/posts`, {
      method: 'POST',
      token,
      body: {
        body,
        ...(isId(parentId) ? { parentId } : {}),
        ...(isId(quotedPostId) ? { quotedPostId } : {}),
        ...(form.get('anonymous') === 'on' ? { anonymous: true } : {}),
        ...(/^[A-Za-z0-9_-]{8,64}$/.test(clientPostId) ? { clientPostId } : {}),
      },
    });
    if (!result.ok) return forumFail(result, { action: 'reply', target, values: { body } });
    return { action: 'reply', target, posted: result.data.id };
  },
  editPost: async (event) => {
    const { token } = requireUser(event);
    const form = await event.request.formData();
    const postId = text(form, 'postId');
    const body = text(form, 'body');
    if (!isId(postId)) return fail(400, { action: 'editPost', target: postId, code: 'VALIDATION_FAILED', fields: {} });
    if (!body.trim())
      return fail(400, { action: 'editPost', target: postId, code: 'VALIDATION_FAILED', fields: { body: true }, values: { body } });
    const result = await callApi<PostView>(event, `/posts/${postId}`, { method: 'PATCH', token, body: { body } });
    if (!result.ok) return forumFail(result, { action: 'editPost', target: postId, values: { body } });
    return { action: 'editPost', target: postId, saved: true };
  },
  deletePost: async (event) => {
    const { token } = requireUser(event);
    const form = await event.request.formData();
    const postId = text(form, 'postId');
    if (!isId(postId)) return fail(400, { action: 'deletePost', target: postId, code: 'VALIDATION_FAILED', fields: {} });
    const result = await callApi<void>(event, `/posts/${postId}`, { method: 'DELETE', token });
    if (!result.ok) return forumFail(result, { action: 'deletePost', target: postId });
    return { action: 'deletePost', target: postId, saved: true };
  },
  editThread: async (event) => {
    const { token } = requireUser(event);
    const form = await event.request.formData();
    const title = text(form, 'title').trim();
    const body = text(form, 'body');
    const fields: Record<string, true> = {};
    if (title.length < 3) fields.title = true;
    if (!body.trim()) fields.body = true;
    if (Object.keys(fields).length)
      return fail(400, { action: 'editThread', target: 'thread', code: 'VALIDATION_FAILED', fields, values: { title, body } });
    const result = await callApi<ThreadView>(event, `/threads/${event.params.id}`, { method: 'PATCH', token, body: { title, body } });
    if (!result.ok) return forumFail(result, { action: 'editThread', target: 'thread', values: { title, body } });
    return { action: 'editThread', target: 'thread', saved: true };
  },
  deleteThread: async (event) => {
    const { token } = requireUser(event);
    const form = await event.request.formData();
    const result = await callApi<void>(event, `/threads/${event.params.id}`, { method: 'DELETE', token });
    if (!result.ok) return forumFail(result, { action: 'deleteThread', target: 'thread' });
    const back = text(form, 'cohortId');
    redirect(303, isId(back) ? `/forum/${back}?deleted=1` : '/forum');
  },
  accept: async (event) => {
    const { token } = requireUser(event);
    const form = await event.request.formData();
    const postId = text(form, 'postId');
    const result = await callApi<ThreadView>(event, `/threads/${event.params.id}`, {
      method: 'PATCH',
      token,
      body: { acceptedPostId: isId(postId) ? postId : null },
    });
    if (!result.ok) return forumFail(result, { action: 'accept', target: postId });
    return { action: 'accept', target: postId, saved: true };
  },
  follow: async (event) => {
    const { token } = requireUser(event);
    const form = await event.request.formData();
    const following = text(form, 'following') === 'true';
    const result = await callApi<unknown>(event, `/threads/${event.params.id}/follow`, { method: 'PUT', token, body: { following } });
    if (!result.ok) return forumFail(result, { action: 'follow', target: 'thread' });
    return { action: 'follow', target: 'thread', saved: true };
  },
};
