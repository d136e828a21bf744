import { DEMO_REACTIONS } from './demo-conversations';
import { mentionedIn, type VolumeCohort } from './volume-academy';
import type { MessageDraft } from './volume-messages';
import { defined, emptyDocs, readTime, type Stored, type VolumeDocs } from './volume-model';
import { VolumeIds, type VolumeRandom } from './volume-random';
import { Voice } from './volume-text';
import { DAY_MS, later, MINUTE_MS, VOLUME_END } from './volume-time';
import type { MessageDoc } from '@trainaction/rooms/seeding';

/** Share of messages their author edits (within the 15-minute window), deletes, and that get reactions. */
const EDITED = 0.035;
const DELETED = 0.012;
const REACTED = { session: 0.4, day: 0.25 };
const EMOJI_WEIGHTS = [50, 18, 20, 12]; // DEMO_REACTIONS: 👍 💡 👏 ❤️

/**
 * The documents a room's drafts become, as RoomsService would have left them after every send, edit,
 * delete, reaction and read mark: ids in time order, `changedAt` at the latest change (its own edits,
 * deletion and reactions, and for a thread root every reply and reply deletion), `replyCount` counting the
 * replies not deleted, deleted messages with an empty body and their text in the edit history, `mentions`
 * from the text as sent, a notification per mention and a participation count per learner's message.
 */
export function messageDocs(cohort: VolumeCohort, seed: number, random: VolumeRandom, drafts: MessageDraft[]): VolumeDocs {
  const docs = emptyDocs();
  const ids = new VolumeIds(seed, `messages:${cohort.key}`);
  const other = {
    reactions: new VolumeIds(seed, `reactions:${cohort.key}`),
    edits: new VolumeIds(seed, `message-edits:${cohort.key}`),
    marks: new VolumeIds(seed, `read-marks:${cohort.key}`),
    notes: new VolumeIds(seed, `notifications:room:${cohort.key}`),
  };
  const voice = new Voice(random, cohort.course.themes);
  const people = cohort.members.map((m) => m.person);
  const moderators = cohort.members.filter((m) => m.role === 'moderator');

  const order = drafts.map((_, i) => i).sort((a, b) => drafts[a].at.getTime() - drafts[b].at.getTime() || a - b);
  const idOf = new Array<string>(drafts.length);
  for (const i of order) idOf[i] = ids.next(drafts[i].at);
  const replies = new Array<number>(drafts.length).fill(0);
  for (const d of drafts) if (d.root !== undefined) replies[d.root]++;

  const byDraft = new Array<Stored<MessageDoc>>(drafts.length);
  for (const i of order) {
    const d = drafts[i];
    const author = d.author.person;
    const edited = d.body.length > 20 && random.chance(EDITED);
    const sent = edited ? voice.earlierDraft(d.body) : d.body;
    const mentions = mentionedIn(sent, people, author.id);
    const message: Stored<MessageDoc> = defined({
      _id: idOf[i],
      roomId: cohort.roomId,
      cohortId: cohort.id,
      clientMsgId: `m-${idOf[i]}`,
      authorId: author.id,
      authorName: author.displayName,
      authorCountry: author.country,
      body: sent,
      threadRootId: d.root === undefined ? undefined : idOf[d.root],
      replyCount: 0,
      mentions,
      createdAt: d.at,
      changedAt: d.at,
    });
    if (edited) {
      const editedAt = later(d.at, random.int(20_000, 14 * MINUTE_MS));
      docs.messageEdits.push({ _id: other.edits.next(editedAt), messageId: message._id, body: sent, editedAt, editorId: author.id });
      Object.assign(message, { body: d.body, editedAt, changedAt: editedAt });
    }
    if (replies[i] === 0 && random.chance(DELETED)) {
      const deletedAt = later(message.changedAt, Math.max(30_000, random.exp(2 * 3_600_000)));
      const deleter = moderators.length && random.chance(0.15) ? random.pick(moderators).person.id : author.id;
      if (deletedAt > message.changedAt) {
        docs.messageEdits.push({
          _id: other.edits.next(deletedAt),
          messageId: message._id,
          body: message.body,
          editedAt: deletedAt,
          editorId: deleter,
        });
        Object.assign(message, { body: '', deletedAt, changedAt: deletedAt });
      }
    }
    if (!message.deletedAt && random.chance(d.session ? REACTED.session : REACTED.day))
      react(message, d, cohort, random, other.reactions, docs);
    for (const userId of mentions) {
      docs.notifications.push(
        defined({
          _id: other.notes.next(d.at),
          userId,
          kind: 'mention',
          params: { actor: author.displayName, room: cohort.roomName, excerpt: sent.slice(0, 140) },
          link: `/rooms/${cohort.roomId}?message=${message._id}`,
          key: `mention:${message._id}`,
          audience: `cohort:${cohort.id}`,
          createdAt: d.at,
          readAt: readTime(random, d.at),
        }),
      );
    }
    if (d.author.role === 'learner')
      docs.events.push({ userId: author.id, cohortId: cohort.id, courseId: cohort.course.id, kind: 'message', at: d.at });
    byDraft[i] = message;
  }
  // Thread roots: each reply (and each deletion of one) recounted the replies and moved the root's changedAt.
  for (const [i, d] of drafts.entries()) {
    if (d.root === undefined) continue;
    const root = byDraft[d.root];
    const reply = byDraft[i];
    if (!reply.deletedAt) root.replyCount++;
    const moved = reply.deletedAt ?? reply.createdAt;
    if (moved > root.changedAt) root.changedAt = moved;
  }
  docs.messages = order.map((i) => byDraft[i]);
  readMarks(cohort, random, docs, other.marks);
  return docs;
}

function react(
  message: Stored<MessageDoc>,
  draft: MessageDraft,
  cohort: VolumeCohort,
  random: VolumeRandom,
  ids: VolumeIds,
  docs: VolumeDocs,
): void {
  const others = cohort.members.filter((m) => m.person.id !== message.authorId);
  const count = Math.min(others.length, 1 + Math.floor(random.exp(draft.session ? 1.6 : 0.9)));
  const reactions: { userId: string; emoji: string; createdAt: Date }[] = [];
  for (const who of random.sample(others, count)) {
    const emojis = random.chance(0.08) ? random.sample(DEMO_REACTIONS, 2) : [DEMO_REACTIONS[random.index(EMOJI_WEIGHTS)]];
    for (const emoji of emojis)
      reactions.push({ userId: who.person.id, emoji, createdAt: later(message.createdAt, Math.max(5_000, random.exp(40 * MINUTE_MS))) });
  }
  reactions.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  for (const r of reactions) {
    docs.reactions.push({
      _id: ids.next(r.createdAt),
      messageId: message._id,
      roomId: message.roomId,
      userId: r.userId,
      emoji: r.emoji,
      createdAt: r.createdAt,
    });
    if (r.createdAt > message.changedAt) message.changedAt = r.createdAt;
  }
}

/**
 * Each member's read mark: the newest message of the main timeline when they last opened the room (a few
 * days ago for most; weeks ago for those who only read; never for some of them).
 */
function readMarks(cohort: VolumeCohort, random: VolumeRandom, docs: VolumeDocs, ids: VolumeIds): void {
  const timeline = docs.messages.filter((m) => !m.threadRootId && !m.deletedAt);
  if (!timeline.length) return;
  for (const member of cohort.members) {
    const active = member.person.voice > 0;
    if (!random.chance(active ? 0.97 : 0.8)) continue;
    const visit = new Date(VOLUME_END.getTime() - Math.max(MINUTE_MS, random.exp((active ? 2 : 12) * DAY_MS)));
    let lo = -1;
    for (let a = 0, b = timeline.length - 1; a <= b;) {
      const mid = (a + b) >> 1;
      if (timeline[mid].createdAt <= visit) [lo, a] = [mid, mid + 1];
      else b = mid - 1;
    }
    if (lo < 0) continue;
    docs.readMarks.push({
      _id: ids.next(visit),
      roomId: cohort.roomId,
      userId: member.person.id,
      lastReadMessageId: timeline[lo]._id,
      updatedAt: visit,
    });
  }
}
