import type { AuditEntryView } from '@trainaction/contracts';
import { describe, expect, it } from 'vitest';
import { peopleInAudit, samePeople } from './forum-moderators';

const A = 'a'.repeat(24);
const B = 'b'.repeat(24);
const C = 'c'.repeat(24);

function entry(over: Partial<AuditEntryView>): AuditEntryView {
  return {
    id: '1'.repeat(24),
    actor: { id: C, displayName: 'Coordinación' },
    action: 'post.hide',
    targetType: 'post',
    targetId: '2'.repeat(24),
    at: '2026-03-01T10:00:00.000Z',
    ...over,
  };
}

describe(peopleInAudit.name, () => {
  it('names the authors of hidden posts, the people named moderators and user targets, once each', () => {
    const sut = peopleInAudit([
      entry({ details: { authorId: A } }),
      entry({ action: 'course.forum_moderators', targetType: 'course', details: { userIds: [A, B] } }),
      entry({ action: 'member.mute', targetType: 'user', targetId: C }),
    ]);
    expect(sut).toEqual([A, B, C]);
  });

  it('ignores anything that is not an id', () => {
    expect(peopleInAudit([entry({ details: { authorId: 'withheld', userIds: [42, 'x'] } })])).toEqual([]);
  });
});

describe(samePeople.name, () => {
  it('compares lists whatever their order', () => {
    expect(samePeople([A, B], [B, A])).toBe(true);
    expect(samePeople([A], [A, B])).toBe(false);
    expect(samePeople([A, C], [A, B])).toBe(false);
    expect(samePeople([], [])).toBe(true);
  });
});
