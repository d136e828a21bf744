import { randomUUID } from 'node:crypto';
import type {
  CohortView,
  CourseInput,
  CourseView,
  FlagReceipt,
  MessageView,
  PostView,
  RoomView,
  SubmissionView,
  ThreadView,
} from '@trainaction/contracts';
import { aRegistration, callOk, connectSocket, type ApiClient } from '@trainaction/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi, type SignedIn } from './api-harness';

/**
 * Who may call what, for every REST route the API registers (read from its OpenAPI document): each route
 * is called as anonymous, a learner of the cohort, a learner of another cohort, the cohort's moderator, a
 * coordinator and an admin. A route missing from POLICIES fails the test, so a new route needs an entry.
 */
type Role = 'anonymous' | 'learner' | 'outsider' | 'moderator' | 'coordinator' | 'admin';
type Policy =
  | 'public' // anyone
  | 'signedIn' // any signed-in person
  | 'staff' // coordinators and admins; others 403
  | 'admin' // admins only; others 403
  | 'member' // members of the cohort, coordinators, admins; another cohort 404
  | 'moderated' // the cohort's moderators, coordinators, admins; its learners 403; another cohort 404
  | 'author' // the author (the learner here); moderators and staff 403; another cohort 404
  | 'authorOrModerator' // the author, the cohort's moderators, coordinators, admins; another cohort 404
  | 'moderatedPrivate' // like moderated, but the item's existence is hidden from learners too (404)
  | 'refreshCookie' // needs the refresh cookie, which a bearer token never replaces: 401 for everyone
  | 'metricsToken'; // needs METRICS_TOKEN, which no person's token replaces: 401 for everyone

const ROLES: Role[] = ['anonymous', 'outsider', 'learner', 'moderator', 'coordinator', 'admin'];

const ALLOWED: Record<Policy, Role[]> = {
  public: ['anonymous', 'outsider', 'learner', 'moderator', 'coordinator', 'admin'],
  signedIn: ['outsider', 'learner', 'moderator', 'coordinator', 'admin'],
  staff: ['coordinator', 'admin'],
  admin: ['admin'],
  member: ['learner', 'moderator', 'coordinator', 'admin'],
  moderated: ['moderator', 'coordinator', 'admin'],
  author: ['learner'],
  authorOrModerator: ['learner', 'moderator', 'coordinator', 'admin'],
  moderatedPrivate: ['moderator', 'coordinator', 'admin'],
  refreshCookie: [],
  metricsToken: [],
};

/** What a refused role gets: 401 without a token, 404 outside the cohort for cohort data, 403 otherwise. */
function refusal(policy: Policy, role: Role): number {
  if (role === 'anonymous' || policy === 'refreshCookie' || policy === 'metricsToken') return 401;
  if (policy === 'moderatedPrivate') return 404;
  if (role === 'outsider' && ['member', 'moderated', 'author', 'authorOrModerator'].includes(policy)) return 404;
  return 403;
}

let api: RunningApi;
let who: Record<Exclude<Role, 'anonymous'>, SignedIn>;
let spare: SignedIn;
let ids: Record<string, string>;
let courseInput: CourseInput;
let slugCounter = 0;

const POLICIES: Record<string, { policy: Policy; body?: () => unknown }> = {
  'GET /api/health': { policy: 'public' },
  'GET /api/ready': { policy: 'public' },
  'GET /api/metrics': { policy: 'metricsToken' },
  'POST /api/auth/register': { policy: 'public', body: () => aRegistration() },
  'POST /api/auth/login': { policy: 'public', body: () => ({ email: who.learner.input.email, password: who.learner.input.password }) },
  'POST /api/auth/refresh': { policy: 'refreshCookie' },
  'POST /api/auth/logout': { policy: 'public' },
  'POST /api/auth/password-reset': { policy: 'public', body: () => ({ email: who.learner.input.email }) },
  'POST /api/auth/password-reset/confirm': {
    policy: 'public',
    body: () => ({ token: 'not.a-live-token', password: 'una-contraseña-larga' }),
  },
  'POST /api/auth/invitation/accept': { policy: 'public', body: () => ({ token: 'not.a-live-token', password: 'una-contraseña-larga' }) },
  'POST /api/auth/invitation/check': { policy: 'public', body: () => ({ token: 'not.a-live-token' }) },
  'POST /api/auth/invitation/renew': { policy: 'public', body: () => ({ token: 'not.a-live-token' }) },
  'POST /api/auth/email-verification/confirm': { policy: 'public', body: () => ({ token: 'not.a-live-token' }) },
  'POST /api/me/email-verification': { policy: 'signedIn' },
  'GET /api/admin/mail': { policy: 'admin' },
  'GET /api/admin/files/orphans': { policy: 'admin' },
  'GET /api/me': { policy: 'signedIn' },
  'PATCH /api/me': { policy: 'signedIn', body: () => ({ locale: 'es' }) },
  'GET /api/users': { policy: 'staff' },
  'GET /api/users/{id}': { policy: 'staff' },
  'PATCH /api/users/{id}/role': { policy: 'staff', body: () => ({ role: 'learner' }) },
  'PATCH /api/users/{id}/status': { policy: 'admin', body: () => ({ disabled: false }) },
  'DELETE /api/users/{id}': { policy: 'admin' },
  'POST /api/users/{id}/password-reset': { policy: 'staff' },
  'POST /api/users/{id}/invitation': { policy: 'staff' },
  'GET /api/audit': { policy: 'staff' },
  'GET /api/notifications': { policy: 'signedIn' },
  'POST /api/notifications/read': { policy: 'signedIn', body: () => ({ ids: 'all' }) },
  'GET /api/notifications/digest': { policy: 'signedIn' },
  'GET /api/notifications/preferences': { policy: 'signedIn' },
  'PUT /api/notifications/preferences': { policy: 'signedIn', body: () => ({ replies: 'daily' }) },
  // The signed token in the link is the proof; without one (as here) the answer is 400.
  'GET /api/mail/unsubscribe': { policy: 'public' },
  'POST /api/mail/unsubscribe': { policy: 'public' },
  'GET /api/mail/unsubscribe/check': { policy: 'public' },
  'GET /api/courses': { policy: 'signedIn' },
  'POST /api/courses': { policy: 'staff', body: () => ({ ...courseInput, slug: `matriz-${++slugCounter}` }) },
  'GET /api/courses/{slug}': { policy: 'signedIn' },
  'PUT /api/courses/{slug}': { policy: 'staff', body: () => courseInput },
  'PATCH /api/courses/{slug}/status': { policy: 'staff', body: () => ({ status: 'published' }) },
  'GET /api/courses/{slug}/progress': { policy: 'signedIn' },
  'PUT /api/lessons/{id}/done': { policy: 'signedIn', body: () => ({ done: false }) },
  'GET /api/courses/{slug}/media': { policy: 'signedIn' },
  'POST /api/lessons/{id}/media': { policy: 'staff' },
  'DELETE /api/lessons/{id}/media/{mediaId}': { policy: 'staff' },
  // Files answer 404 to whoever may not see what they belong to (apps/api/test/files.e2e-spec.ts tests who).
  'GET /api/files/{id}': { policy: 'signedIn' },
  'POST /api/cohorts/{cohortId}/activities/{activityId}/attachments': { policy: 'author' },
  'GET /api/cohorts/{cohortId}/activities/{activityId}/attachments': { policy: 'author' },
  'DELETE /api/cohorts/{cohortId}/activities/{activityId}/attachments/{fileId}': { policy: 'signedIn' },
  'GET /api/activities/{id}': { policy: 'signedIn' },
  'GET /api/activities/{id}/submissions': { policy: 'signedIn' },
  'GET /api/activities/{id}/threads': { policy: 'signedIn' }, // ?cohortId= decides, as for submissions
  'GET /api/me/activities': { policy: 'signedIn' },
  'GET /api/cohorts': { policy: 'signedIn' },
  'POST /api/cohorts': { policy: 'staff', body: () => cohortInput('Cohorte nueva') },
  'POST /api/cohorts/balance': {
    policy: 'staff',
    body: () => ({
      courseId: ids.courseId,
      cohortCount: 2,
      namePrefix: 'Prueba',
      startsAt: '2026-07-01T00:00:00Z',
      endsAt: '2026-12-01T00:00:00Z',
      timezone: 'America/Tegucigalpa',
    }),
  },
  'GET /api/cohorts/{id}': { policy: 'member' },
  'PATCH /api/cohorts/{id}': { policy: 'staff', body: () => ({ name: 'Cohorte de la matriz' }) },
  'GET /api/cohorts/{id}/members': { policy: 'member' },
  'POST /api/cohorts/{id}/enrollments': { policy: 'staff', body: () => ({ userId: spare.user.id, role: 'learner' }) },
  'DELETE /api/cohorts/{id}/enrollments/{userId}': { policy: 'staff' },
  'POST /api/cohorts/{id}/invitations': {
    policy: 'staff',
    body: () => ({ email: `invitada-${++slugCounter}@example.org`, displayName: 'Persona Invitada', country: 'HN', sector: 'academia' }),
  },
  'POST /api/cohorts/{id}/members/{userId}/invitation': { policy: 'staff' },
  'POST /api/cohorts/{id}/join': { policy: 'signedIn' },
  'GET /api/cohorts/{id}/progress': { policy: 'moderated' },
  'POST /api/cohorts/{id}/imports': {
    policy: 'staff',
    body: () => ({ csv: 'email,name,country,gender,sector\nmatriz@example.org,Persona Matriz,HN,man,academia' }),
  },
  'GET /api/imports/{id}': { policy: 'staff' },
  'GET /api/cohorts/{id}/rooms': { policy: 'member' },
  'POST /api/cohorts/{id}/rooms': { policy: 'moderated', body: () => ({ name: 'Sala de la matriz' }) },
  'GET /api/rooms/{id}': { policy: 'member' },
  'GET /api/rooms/{id}/messages': { policy: 'member' },
  'GET /api/rooms/{id}/equity': { policy: 'moderated' },
  'POST /api/rooms/{id}/close-session': { policy: 'moderated', body: () => ({ summary: 'Resumen' }) },
  'GET /api/messages/{id}/history': { policy: 'authorOrModerator' },
  'GET /api/cohorts/{id}/threads': { policy: 'member' },
  'POST /api/cohorts/{id}/threads': { policy: 'member', body: () => ({ title: 'Hilo de la matriz', body: 'Texto' }) },
  'GET /api/threads/{id}': { policy: 'member' },
  'GET /api/threads/{id}/posts': { policy: 'member' },
  'PATCH /api/threads/{id}': { policy: 'author', body: () => ({ title: 'Título editado' }) },
  'DELETE /api/threads/{id}': { policy: 'authorOrModerator' },
  'POST /api/threads/{id}/posts': { policy: 'member', body: () => ({ body: 'Respuesta' }) },
  'PUT /api/threads/{id}/follow': { policy: 'member', body: () => ({ following: true }) },
  'PATCH /api/posts/{id}': { policy: 'author', body: () => ({ body: 'Editado' }) },
  'DELETE /api/posts/{id}': { policy: 'authorOrModerator' },
  'GET /api/posts/{id}/history': { policy: 'authorOrModerator' },
  'GET /api/forum/search': { policy: 'signedIn' },
  'GET /api/messages/search': { policy: 'signedIn' },
  'GET /api/submissions/{id}': { policy: 'authorOrModerator' },
  'GET /api/cohorts/{id}/submissions': { policy: 'moderated' },
  'GET /api/cohorts/{id}/flags': { policy: 'moderated' },
  'PATCH /api/flags/{id}': { policy: 'moderatedPrivate', body: () => ({ note: 'Revisado' }) },
  'POST /api/cohorts/{id}/sanctions': {
    policy: 'moderated',
    body: () => ({ userId: ids.mutedId, kind: 'mute', minutes: 0, reason: 'Prueba' }),
  },
  'GET /api/cohorts/{id}/safeguarding-contacts': { policy: 'moderated' },
  'GET /api/cohorts/{id}/sanctions': { policy: 'moderated' },
  'PUT /api/cohorts/{id}/safeguarding-contacts': { policy: 'staff', body: () => ({ userIds: [who.moderator.user.id] }) },
  'GET /api/courses/{id}/forum-moderators': { policy: 'staff' },
  'PUT /api/courses/{id}/forum-moderators': { policy: 'staff', body: () => ({ userIds: [] }) },
  'GET /api/courses/{id}/audit': { policy: 'staff' },
  'GET /api/cohorts/{id}/audit': { policy: 'moderated' },
  'GET /api/analytics/participation': { policy: 'staff' },
  'GET /api/analytics/indicators': { policy: 'staff' },
  'GET /api/analytics/dashboard': { policy: 'staff' },
  'GET /api/coordination/overview': { policy: 'staff' },
};

/** Routes whose answer is the caller's own account. */
const SELF_ROUTES = new Set(['GET /api/me', 'PATCH /api/me', 'POST /api/auth/register', 'POST /api/auth/login']);

/**
 * Gender and sector never reach learners, and neither do other people's e-mail addresses (country and
 * display name are shown to peers by design).
 */
function personalDataLeak(body: unknown, ownId: string, ownEmail: string, depth = 0): string | undefined {
  if (depth > 20 || body === null || typeof body !== 'object') return undefined;
  for (const [key, value] of Object.entries(body)) {
    if ((key === 'gender' || key === 'sector' || key === 'genderText') && value !== undefined) return key;
    if (key === 'email' && typeof value === 'string' && value.toLowerCase() !== ownEmail.toLowerCase()) return `e-mail ${value}`;
    const nested = personalDataLeak(value, ownId, ownEmail, depth + 1);
    if (nested) return nested;
  }
  return undefined;
}

function cohortInput(name: string) {
  return {
    courseId: ids.courseId,
    name,
    countries: ['HN'],
    startsAt: '2026-07-01T00:00:00Z',
    endsAt: '2026-12-01T00:00:00Z',
    timezone: 'America/Tegucigalpa',
  };
}

/** Fills path parameters with the fixtures of the cohort under test; destructive routes get their own targets. */
function fill(method: string, path: string): string {
  const first = path.split('/')[2];
  const target: Record<string, string> = {
    cohorts: ids.cohortId,
    rooms: ids.roomId,
    messages: ids.messageId,
    threads: method === 'DELETE' ? ids.spareThreadId : ids.threadId,
    posts: method === 'DELETE' ? ids.sparePostId : ids.postId,
    submissions: ids.submissionId,
    activities: ids.activityId,
    lessons: ids.lessonId,
    courses: path.includes('{slug}') ? ids.courseSlug : ids.courseId,
    flags: ids.flagId,
    imports: ids.importId,
    users: method === 'DELETE' ? ids.erasedId : who.learner.user.id,
  };
  return path
    .replace('{userId}', spare.user.id)
    .replace('{cohortId}', ids.cohortId)
    .replace('{activityId}', ids.activityId)
    .replace('{fileId}', '0123456789abcdef01234567')
    .replace(/\{(id|slug)\}/, target[first]);
}

beforeAll(async () => {
  api = await startApi('matrix', { RATE_LIMIT_PER_MINUTE: '1000000', METRICS_TOKEN: 'a-scraper-token-nobody-here-has' });
  const [learner, outsider, moderator, coordinator, admin] = await Promise.all([
    api.signUp('learner'),
    api.signUp('learner'),
    api.signUp('moderator'),
    api.signUp('coordinator'),
    api.signUp('admin'),
  ]);
  who = { learner, outsider, moderator, coordinator, admin };
  spare = await api.signUp('learner');
  const muted = await api.signUp('learner');
  const erased = await api.signUp('learner');
  courseInput = {
    slug: 'matriz',
    title: { es: 'Curso de la matriz' },
    summary: { es: 'R' },
    topics: [],
    status: 'published',
    modules: [
      {
        title: { es: 'M' },
        lessons: [{ kind: 'text', title: { es: 'L' }, body: 'x' }],
        activities: [{ kind: 'submission', title: { es: 'A' }, prompt: 'p', completion: { kind: 'accepted_submission' } }],
      },
    ],
  };
  const course = (await api.client().post<CourseView>('/api/courses', courseInput, { token: coordinator.token })).body;
  courseInput = { ...courseInput, modules: course.modules };
  ids = {
    courseId: course.id,
    courseSlug: course.slug,
    lessonId: course.modules[0].lessons[0].id,
    activityId: course.modules[0].activities[0].id,
    mutedId: muted.user.id,
    erasedId: erased.user.id,
  };
  const cohort = (await api.client().post<CohortView>('/api/cohorts', cohortInput('Cohorte X'), { token: coordinator.token })).body;
  const other = (await api.client().post<CohortView>('/api/cohorts', cohortInput('Cohorte Y'), { token: coordinator.token })).body;
  const enrol = (cohortId: string, person: SignedIn, role = 'learner') =>
    api.client().post(`/api/cohorts/${cohortId}/enrollments`, { userId: person.user.id, role }, { token: coordinator.token });
  await Promise.all([
    enrol(cohort.id, learner),
    enrol(cohort.id, moderator, 'moderator'),
    enrol(cohort.id, spare),
    enrol(cohort.id, muted),
    enrol(other.id, outsider),
  ]);
  ids.cohortId = cohort.id;
  const [room] = (await api.client().get<RoomView[]>(`/api/cohorts/${cohort.id}/rooms`, { token: learner.token })).body;
  ids.roomId = room.id;

  const socket = await connectSocket(api.url, learner.token);
  ids.messageId = (
    await callOk<{ message: MessageView }>(socket, 'message:send', { roomId: room.id, clientMsgId: randomUUID(), body: 'hola' })
  ).message.id;
  ids.submissionId = (
    await callOk<{ submission: SubmissionView }>(socket, 'submission:submit', {
      activityId: ids.activityId,
      cohortId: cohort.id,
      clientSubmissionId: randomUUID(),
      body: 'entrega',
    })
  ).submission.id;
  const modSocket = await connectSocket(api.url, moderator.token);
  const modMessage = (
    await callOk<{ message: MessageView }>(modSocket, 'message:send', { roomId: room.id, clientMsgId: randomUUID(), body: 'moderador' })
  ).message;
  ids.flagId = (await callOk<{ flag: FlagReceipt }>(socket, 'flag:create', { messageId: modMessage.id, reason: 'spam' })).flag.id;
  socket.disconnect();
  modSocket.disconnect();

  const thread = (title: string) =>
    api.client().post<ThreadView>(`/api/cohorts/${cohort.id}/threads`, { title, body: 'x' }, { token: learner.token });
  ids.threadId = (await thread('Hilo de la matriz')).body.id;
  ids.spareThreadId = (await thread('Hilo para borrar')).body.id;
  ids.postId = (await api.client().post<PostView>(`/api/threads/${ids.threadId}/posts`, { body: 'mío' }, { token: learner.token })).body.id;
  ids.sparePostId = (
    await api.client().post<PostView>(`/api/threads/${ids.threadId}/posts`, { body: 'para borrar' }, { token: learner.token })
  ).body.id;
  ids.importId = (
    await api
      .client()
      .post<{ id: string }>(
        `/api/cohorts/${cohort.id}/imports`,
        { csv: 'email,name,country,gender,sector\nimportada@example.org,Importada,HN,woman,academia' },
        { token: coordinator.token },
      )
  ).body.id;
}, 120_000);

afterAll(() => api?.close());

describe('access matrix', () => {
  it('has a policy for every registered route', async () => {
    const doc = (await api.client().get<{ paths: Record<string, Record<string, unknown>> }>('/api/docs-json')).body;
    const routes = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    expect(routes.filter((r) => !POLICIES[r])).toEqual([]);
    expect(Object.keys(POLICIES).filter((r) => !routes.includes(r))).toEqual([]);
  });

  it('lets exactly the allowed roles through every route', async () => {
    const failures: string[] = [];
    for (const [route, { policy, body }] of Object.entries(POLICIES)) {
      const [method, path] = route.split(' ');
      for (const role of ROLES) {
        const client: ApiClient = api.client();
        const token = role === 'anonymous' ? undefined : who[role].token;
        const res = await client.request<{ error?: { code: string } }>(method, fill(method, path), body?.(), { token });
        const allowed = ALLOWED[policy].includes(role);
        if (allowed && (role === 'learner' || role === 'outsider')) {
          const leak = personalDataLeak(res.body, who[role].user.id, who[role].input.email);
          if (leak && !SELF_ROUTES.has(route)) failures.push(`${route} as ${role}: shows ${leak}`);
        }
        const ok = allowed
          ? res.status < 500 &&
            ![401, 403].includes(res.status) &&
            !(res.status === 404 && !['signedIn', 'staff', 'admin', 'public'].includes(policy))
          : res.status === refusal(policy, role);
        if (!ok)
          failures.push(
            `${route} as ${role}: ${res.status} ${JSON.stringify(res.body).slice(0, 120)} (expected ${allowed ? 'allowed' : refusal(policy, role)})`,
          );
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
