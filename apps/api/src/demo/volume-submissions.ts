import type { ActivityView } from '@trainaction/contracts';
import { dueAt, queueKey } from '@trainaction/submissions';
import type { VolumeAcademy, VolumeCohort, VolumeMember } from './volume-academy';
import { defined, emptyDocs, readTime, type Stored, type VolumeDocs } from './volume-model';
import { VolumeIds, VolumeRandom } from './volume-random';
import { Voice } from './volume-text';
import { CohortCalendar, DAY_MS, later, sessionSlot, VOLUME_END } from './volume-time';
import type { SubmissionDoc, SubmissionVersionDoc } from '@trainaction/submissions/seeding';

/** Chance that a version under review is accepted, by version (a third version is always accepted). */
const ACCEPTED = [0.6, 0.85, 1];
/** Chance that a returned submission is sent again; that a first version is late. */
const RESUBMITTED = 0.85;
const LATE = 0.12;
/** Share of the learners' submission activities (one submission each per cohort) that get a submission. */
const SUBMITTED = 0.95;

interface Candidate {
  cohort: VolumeCohort;
  learner: VolumeMember;
  activity: ActivityView;
  /** Undefined for an activity without a due date (then it is never late). */
  due?: Date;
}

/**
 * Submissions for most of the learners' submission activities (SUBMITTED; the unique index allows one per
 * learner, activity and cohort, so the academy bounds their number), as SubmissionsService would have left them
 * after every submit, claim and review: versions numbered from 1, `late` against the due date in the
 * cohort's time zone, reviews by a moderator of the cohort a few days later (accepted with a score and the
 * rubric's criteria, or returned and often sent again), the latest state on the submission (claims only on
 * those still in review), a notification per review, and the submission, accepted and completion counts.
 */
export function submissionVolume(academy: VolumeAcademy, seed: number, scale = 1): VolumeDocs {
  const docs = emptyDocs();
  const random = VolumeRandom.stream(seed, 'submissions');
  const ids = {
    submissions: new VolumeIds(seed, 'submissions'),
    versions: new VolumeIds(seed, 'submission-versions'),
    other: new VolumeIds(seed, 'submission-other'),
  };
  const candidates: Candidate[] = [];
  for (const cohort of academy.cohorts) {
    const activities = cohort.course.activities.filter((a) => a.kind === 'submission');
    for (const learner of cohort.members.filter((m) => m.role === 'learner')) {
      for (const activity of activities) {
        const due =
          activity.dueDaysAfterStart === undefined ? undefined : dueAt(cohort.startsAt, activity.dueDaysAfterStart, cohort.timezone);
        if (!due || due.getTime() - 10 * DAY_MS < VOLUME_END.getTime()) candidates.push({ cohort, learner, activity, due });
      }
    }
  }
  const chosen = new Set(
    random.sample(candidates, Math.max(Math.min(candidates.length, 20), Math.round(candidates.length * SUBMITTED * scale))),
  );
  const calendars = new Map(academy.cohorts.map((c) => [c, new CohortCalendar(c.startsAt, c.timezone, c.countries, sessionSlot(c.index))]));
  for (const candidate of candidates) if (chosen.has(candidate)) submission(candidate, calendars.get(candidate.cohort)!, random, ids, docs);
  return docs;
}

function submission(
  c: Candidate,
  calendar: CohortCalendar,
  random: VolumeRandom,
  ids: Record<'submissions' | 'versions' | 'other', VolumeIds>,
  docs: VolumeDocs,
): void {
  const learner = c.learner.person;
  const voice = new Voice(random, c.cohort.course.themes);
  const moderators = c.cohort.members.filter((m) => m.role === 'moderator');
  // Close to the due date (one in eight a little late); without one, any time after the first month.
  const due = c.due?.getTime() ?? random.between(c.cohort.startsAt.getTime() + 30 * DAY_MS, VOLUME_END.getTime());
  const aim = c.due && random.chance(LATE) ? due + Math.max(3_600_000, random.exp(2 * DAY_MS)) : due - random.exp(3 * DAY_MS);
  let submittedAt = calendar.pickBetween(random, new Date(aim - DAY_MS), new Date(aim));
  if (!submittedAt || submittedAt.getTime() > VOLUME_END.getTime() - 3_600_000) return;

  const id = ids.submissions.next(submittedAt);
  const base = { userId: learner.id, cohortId: c.cohort.id, courseId: c.cohort.course.id };
  const maxScore = (c.activity.rubric ?? []).reduce((n, r) => n + r.maxScore, 0) || 10;
  let body = voice.submission(c.activity.title.es, learner.displayName, learner.country);
  const doc: Stored<SubmissionDoc> = defined({
    _id: id,
    activityId: c.activity.id,
    cohortId: c.cohort.id,
    courseId: c.cohort.course.id,
    learnerId: learner.id,
    learnerName: learner.displayName,
    learnerCountry: learner.country,
    status: 'submitted' as SubmissionDoc['status'],
    version: 0,
    late: c.due !== undefined && submittedAt > c.due,
    dueAt: c.due,
    createdAt: submittedAt,
    updatedAt: submittedAt,
  });
  for (let version = 1; ; version++) {
    const late = c.due !== undefined && submittedAt > c.due;
    const stored: Stored<SubmissionVersionDoc> = {
      _id: ids.versions.next(submittedAt),
      submissionId: id,
      version,
      clientSubmissionId: `s-${id}-${version}`,
      body,
      links: [],
      submittedAt,
      late,
    };
    docs.versions.push(stored);
    Object.assign(doc, { status: 'submitted', version, late, updatedAt: submittedAt });
    delete doc.score;
    docs.events.push({ ...base, kind: 'submission', at: submittedAt });

    const reviewer = moderators.length ? random.pick(moderators).person : undefined;
    // Reviewed within days, some after a couple of weeks; slower in the last weeks, so the queue is not empty at the end.
    const busy = submittedAt.getTime() > VOLUME_END.getTime() - 15 * DAY_MS;
    const wait = Math.min(25 * DAY_MS, DAY_MS + random.exp((busy ? 9 : 3) * DAY_MS));
    const reviewedAt =
      reviewer && calendar.pickBetween(random, new Date(submittedAt.getTime() + wait - DAY_MS), new Date(submittedAt.getTime() + wait));
    if (!reviewer || !reviewedAt || reviewedAt.getTime() > VOLUME_END.getTime() - 3_600_000) {
      // Not reviewed yet; some already claimed by a moderator.
      if (reviewer && random.chance(0.4)) {
        const claimedAt = later(submittedAt, Math.max(600_000, random.exp(DAY_MS)));
        docs.claims.push({ _id: ids.other.next(claimedAt), submissionId: id, moderatorId: reviewer.id, claimedAt });
        Object.assign(doc, { status: 'in_review', claimedBy: reviewer.id, claimedByName: reviewer.displayName, updatedAt: claimedAt });
      }
      break;
    }
    const accepted = random.chance(ACCEPTED[Math.min(version, ACCEPTED.length) - 1]);
    const criteria =
      accepted && c.activity.rubric?.length
        ? c.activity.rubric.map((r) => ({ criterion: r.criterion, score: random.int(Math.ceil(r.maxScore * 0.6), r.maxScore) }))
        : undefined;
    const score = accepted
      ? criteria
        ? criteria.reduce((n, r) => n + r.score, 0)
        : random.int(Math.ceil(maxScore * 0.6), maxScore)
      : undefined;
    const status: 'accepted' | 'returned' = accepted ? 'accepted' : 'returned';
    // As the service's `$set` of the review stores it: a score or criteria not given are null (the driver writes undefined as null).
    const none = null as unknown as undefined;
    stored.review = {
      status,
      feedback: voice.feedback(accepted),
      score: score ?? none,
      criteria: criteria ?? none,
      reviewer: { id: reviewer.id, displayName: reviewer.displayName },
      reviewedAt,
    };
    Object.assign(doc, defined({ status, score, updatedAt: reviewedAt }));
    const title = c.activity.title;
    docs.notifications.push(
      defined({
        _id: ids.other.next(reviewedAt),
        userId: learner.id,
        kind: accepted ? 'submission_accepted' : 'submission_returned',
        params: { activity: { es: title.es, ...(title.en ? { en: title.en } : {}) } },
        link: `/activities/${c.activity.id}?cohort=${c.cohort.id}`,
        key: `review:${id}:${version}`,
        audience: `cohort:${c.cohort.id}`,
        createdAt: reviewedAt,
        readAt: readTime(random, reviewedAt),
      }),
    );
    if (accepted) {
      docs.events.push({ ...base, kind: 'accepted', at: reviewedAt }, { ...base, kind: 'completion', at: reviewedAt });
      break;
    }
    const again = calendar.pickBetween(
      random,
      new Date(reviewedAt.getTime() + 2 * 3_600_000),
      new Date(reviewedAt.getTime() + Math.max(DAY_MS, random.exp(4 * DAY_MS))),
    );
    if (!random.chance(RESUBMITTED) || !again || again.getTime() > VOLUME_END.getTime() - 3_600_000) break;
    submittedAt = again;
    body = voice.revision(body, learner.country);
  }
  // The review queue's place, as the repository keeps it: the latest version's time.
  Object.assign(doc, { submittedAt, queueKey: queueKey({ ...doc, id: String(id), submittedAt }) });
  docs.submissions.push(doc);
}
