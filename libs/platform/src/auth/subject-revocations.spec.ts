import type { Model } from 'mongoose';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppConfig } from '../config/app-config';
import type { AuthUser } from './auth-user';
import { SubjectRevocations, type RevokedSubjectDoc, type RevokedTokenDoc } from './subject-revocations';

/** A collection as the database holds it; reads can be held open to play a read racing a write. */
function fakeCollection<T extends object>() {
  const docs = new Map<string, T>();
  let held: Promise<void> | undefined;
  const exec = <R>(value: () => R) => ({ exec: async () => value() });
  return {
    docs,
    hold(): () => void {
      let release!: () => void;
      held = new Promise((r) => (release = r));
      return () => {
        held = undefined;
        release();
      };
    },
    model: {
      find: () => {
        const snapshot = [...docs.values()].map((d) => ({ ...d }));
        const wait = held;
        return { lean: () => ({ exec: async () => (await wait, snapshot) }) };
      },
      updateOne: (filter: { _id?: string; userId?: string }, update: { $set: Partial<T> }) =>
        exec(() => {
          const id = filter._id ?? filter.userId!;
          docs.set(id, { ...(docs.get(id) ?? filter), ...update.$set } as T);
        }),
      deleteOne: (filter: { userId: string }) => exec(() => docs.delete(filter.userId)),
      deleteMany: vi.fn((filter: { expiresAt: { $lte: Date } }) =>
        exec(() => {
          for (const [id, d] of docs) if ((d as { expiresAt: Date }).expiresAt <= filter.expiresAt.$lte) docs.delete(id);
        }),
      ),
    },
  };
}

const ana = (sessionId = 's1', issuedAt = Math.floor(Date.now() / 1000)): AuthUser => ({ id: 'ana', role: 'learner', sessionId, issuedAt });

describe('SubjectRevocations', () => {
  let subjects: ReturnType<typeof fakeCollection<RevokedSubjectDoc>>;
  let tokens: ReturnType<typeof fakeCollection<RevokedTokenDoc>>;
  let sut: SubjectRevocations;
  let heard: string[][];
  const refresh = () => sut['refresh']();

  beforeEach(() => {
    subjects = fakeCollection();
    tokens = fakeCollection();
    sut = new SubjectRevocations(
      subjects.model as unknown as Model<RevokedSubjectDoc>,
      tokens.model as unknown as Model<RevokedTokenDoc>,
      { accessTokenTtlSeconds: 900 } as AppConfig,
    );
    heard = [];
    sut.onRevoked((ids) => heard.push(ids));
  });

  it('applies a sign-in revocation made here at once, tells who is affected, and stores it for the other nodes', async () => {
    const done = sut.revokeTokens('ana', { sessionIds: ['s1'] }, 'signed_out');
    expect(sut.reasonFor(ana('s1'))).toBe('signed_out');
    expect(heard).toEqual([['ana']]);
    await done;
    expect([...tokens.docs.values()]).toEqual([
      expect.objectContaining({ _id: 'session:s1', userId: 'ana', sessionId: 's1', reason: 'signed_out' }),
    ]);
    expect(sut.reasonFor(ana('s2'))).toBeUndefined();
  });

  it('learns revocations recorded by another node from the database, and tells who is newly affected', async () => {
    tokens.docs.set('before:ana:100', {
      _id: 'before:ana:100',
      userId: 'ana',
      issuedBefore: 100,
      reason: 'role_changed',
      expiresAt: new Date(Date.now() + 60_000),
    });
    subjects.docs.set('beto', { userId: 'beto', at: new Date() });
    await refresh();
    expect(sut.reasonFor(ana('s1', 99))).toBe('role_changed');
    expect(sut.reasonFor(ana('s1', 100))).toBeUndefined();
    expect(sut.isRevoked('beto')).toBe(true);
    expect(heard.map((ids) => ids.sort())).toEqual([['ana', 'beto']]);
    await refresh();
    expect(heard).toHaveLength(1);
  });

  it('keeps a revocation made here while a read that began before it was stored is still running', async () => {
    const release = tokens.hold();
    const reading = refresh();
    await sut.revokeTokens('ana', { sessionIds: ['s1'] }, 'signed_out');
    release();
    await reading;
    expect(sut.reasonFor(ana('s1'))).toBe('signed_out');
  });

  it('drops an entry once the tokens it stops have expired, and deletes it from the database', async () => {
    tokens.docs.set('session:old', {
      _id: 'session:old',
      userId: 'ana',
      sessionId: 'old',
      reason: 'signed_out',
      expiresAt: new Date(Date.now() - 1),
    });
    await refresh();
    expect(sut.reasonFor(ana('old'))).toBeUndefined();
    expect(tokens.model.deleteMany).toHaveBeenCalledOnce();
    expect(tokens.docs.size).toBe(0);
  });

  it('lets an enabled account’s new tokens work again, but not the sign-ins ended when it was disabled', async () => {
    await sut.revoke('ana');
    await sut.revokeTokens('ana', { sessionIds: ['s1'], issuedBefore: new Date() }, 'account_disabled');
    expect(sut.reasonFor(ana('s2'))).toBe('account_disabled');
    await sut.restore('ana');
    await refresh();
    expect(sut.isRevoked('ana')).toBe(false);
    expect(sut.reasonFor(ana('s1'))).toBe('account_disabled');
    expect(sut.reasonFor(ana('s2', Math.floor(Date.now() / 1000) + 1))).toBeUndefined();
  });
});
