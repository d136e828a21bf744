import type { PostView } from '@trainaction/contracts';
import { describe, expect, it } from 'vitest';
import { buildPostTree, canReplyTo, completionText, mergePosts, upsertThread } from './tree';

function post(id: string, createdAt: string, parentId?: string, depth = 1, extra: Partial<PostView> = {}): PostView {
  return { id, threadId: 't', parentId, depth, author: { id: 'u', displayName: 'Ana', country: 'HN' }, body: id, createdAt, ...extra };
}

const labels = {
  initial: 'Aporte inicial',
  initialMissing: 'Aporte inicial pendiente',
  replies: (n: number, r: number) => `respuestas ${n} de ${r}`,
  complete: 'completa',
};

describe('buildPostTree', () => {
  it('nests replies under their parents in time order, up to three levels', () => {
    const tree = buildPostTree([
      post('c', '2026-01-01T10:03:00Z', 'b', 3),
      post('a', '2026-01-01T10:00:00Z'),
      post('b', '2026-01-01T10:01:00Z', 'a', 2),
      post('d', '2026-01-01T09:00:00Z'),
      post('e', '2026-01-01T10:02:00Z', 'a', 2),
    ]);
    expect(tree.map((n) => n.post.id)).toEqual(['d', 'a']);
    expect(tree[1].children.map((n) => n.post.id)).toEqual(['b', 'e']);
    expect(tree[1].children[0].children.map((n) => n.post.id)).toEqual(['c']);
  });

  it('keeps a reply whose parent is not visible at the top level', () => {
    const tree = buildPostTree([post('x', '2026-01-01T10:00:00Z', 'missing', 2)]);
    expect(tree.map((n) => n.post.id)).toEqual(['x']);
  });

  it('allows replies only above the third level and not to deleted posts', () => {
    expect(canReplyTo(post('a', 'x', undefined, 1))).toBe(true);
    expect(canReplyTo(post('a', 'x', undefined, 3))).toBe(false);
    expect(canReplyTo(post('a', 'x', undefined, 1, { deleted: true }))).toBe(false);
  });
});

describe('mergePosts', () => {
  it('adds live posts and keeps the later edit or the deletion', () => {
    const loaded = [post('a', '2026-01-01T10:00:00Z', undefined, 1, { body: 'old' })];
    const merged = mergePosts(loaded, [
      post('a', '2026-01-01T10:00:00Z', undefined, 1, { body: 'new', editedAt: '2026-01-01T11:00:00Z' }),
      post('b', '2026-01-01T10:05:00Z'),
    ]);
    expect(merged.map((p) => `${p.id}:${p.body}`)).toEqual(['a:new', 'b:b']);
    const deleted = mergePosts(merged, [post('b', '2026-01-01T10:05:00Z', undefined, 1, { deleted: true, body: '' })]);
    expect(deleted.find((p) => p.id === 'b')?.deleted).toBe(true);
  });

  it('keeps the loaded version on a tie (it may name an anonymous author to moderators)', () => {
    const loaded = [post('a', '2026-01-01T10:00:00Z', undefined, 1, { anonymous: true })];
    const live = [
      post('a', '2026-01-01T10:00:00Z', undefined, 1, {
        anonymous: true,
        author: { id: null, displayName: 'Participante anónimo', country: null },
      }),
    ];
    expect(mergePosts(loaded, live)[0].author.displayName).toBe('Ana');
  });
});

describe('completionText', () => {
  it('says what is done and what is missing', () => {
    expect(completionText({ initialPost: true, replies: 1, required: 2, complete: false }, labels)).toBe(
      'Aporte inicial ✓, respuestas 1 de 2',
    );
    expect(completionText({ initialPost: false, replies: 0, required: 2, complete: false }, labels)).toBe(
      'Aporte inicial pendiente, respuestas 0 de 2',
    );
    expect(completionText({ initialPost: true, replies: 3, required: 2, complete: true }, labels)).toBe(
      'Aporte inicial ✓, respuestas 2 de 2 · completa',
    );
    expect(completionText({ initialPost: true, replies: 0, required: 0, complete: true }, labels)).toBe('Aporte inicial ✓ · completa');
  });
});

describe('upsertThread', () => {
  it('puts a new or changed thread in activity order and drops deleted ones', () => {
    const list = [
      { id: 'a', lastActivityAt: '2026-01-02' },
      { id: 'b', lastActivityAt: '2026-01-01' },
    ];
    expect(upsertThread(list, { id: 'b', lastActivityAt: '2026-01-03' }).map((t) => t.id)).toEqual(['b', 'a']);
    expect(upsertThread(list, { id: 'c', lastActivityAt: '2026-01-00' }).map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(
      upsertThread<{ id: string; lastActivityAt: string; deleted?: boolean }>(list, {
        id: 'a',
        lastActivityAt: '2026-01-05',
        deleted: true,
      }).map((t) => t.id),
    ).toEqual(['b']);
  });
});
