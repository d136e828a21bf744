import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Schema } from 'mongoose';
import { AppConfig } from '../config/app-config';
import type { AuthUser } from './auth-user';
import { ACCOUNT_DISABLED, RevocationList, revocationKey, type Revocation } from './revocation-list';

export interface RevokedSubjectDoc {
  userId: string;
  at: Date;
}

export const REVOKED_SUBJECT_MODEL = 'RevokedSubject';
export const RevokedSubjectSchema = new Schema<RevokedSubjectDoc>(
  { userId: { type: String, required: true, unique: true }, at: { type: Date, required: true } },
  { collection: 'revoked_subjects', versionKey: false },
);

export interface RevokedTokenDoc extends Revocation {
  _id: string;
  expiresAt: Date;
}

export const REVOKED_TOKEN_MODEL = 'RevokedToken';
export const RevokedTokenSchema = new Schema<RevokedTokenDoc>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    sessionId: String,
    issuedBefore: Number,
    reason: { type: String, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'revoked_tokens', versionKey: false },
);

/** Every node reads the list this often, so a revocation made on another node applies within 2 s. */
const REFRESH_MS = 1000;
/** Entries outlive the tokens they stop by this much, for clocks that differ between nodes. */
const MARGIN_MS = 60_000;
/** No TTL indexes on the embedded database (docs/database.md): expired entries are deleted by code. */
const PRUNE_EVERY_MS = 60_000;

/** A change this node made, applied again to lists read before the database had it. */
interface LocalChange {
  apply(list: RevocationList): void;
  storedAt: number;
}

/**
 * Access tokens that must stop working before they expire: disabled or erased accounts (until enabled
 * again), ended sign-ins and every token a person held before a role change (until those tokens would have
 * expired). Kept in memory, so checking costs no database read, and read again from the database every
 * second on every node; the node that records a revocation applies it at once. Listeners hear of the people
 * with new revocations, so their open sockets can be closed.
 */
@Injectable()
export class SubjectRevocations implements OnModuleInit, OnModuleDestroy {
  private list = new RevocationList();
  private local: LocalChange[] = [];
  private readonly listeners = new Set<(userIds: string[]) => void>();
  private timer?: NodeJS.Timeout;
  private refreshing = false;
  private prunedAt = 0;

  constructor(
    @InjectModel(REVOKED_SUBJECT_MODEL) private readonly subjects: Model<RevokedSubjectDoc>,
    @InjectModel(REVOKED_TOKEN_MODEL) private readonly tokens: Model<RevokedTokenDoc>,
    private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.refresh().catch(() => undefined);
    // A failed read keeps the last list in force; the next one tries again.
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), REFRESH_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Whether the whole account is revoked (disabled or erased). */
  isRevoked(userId: string): boolean {
    return this.list.hasAccount(userId);
  }

  /** Why this verified token may no longer be used, or undefined when it may. */
  reasonFor(user: AuthUser): string | undefined {
    return this.list.reasonFor(user);
  }

  /** Calls `listener` with the people who have new revocations (recorded here, or read from the database). */
  onRevoked(listener: (userIds: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Refuses every token of an account until `restore` (disabled and erased accounts). */
  async revoke(userId: string): Promise<void> {
    await this.change(
      [userId],
      (list) => list.add({ userId, reason: ACCOUNT_DISABLED }),
      () =>
        this.subjects
          .updateOne({ userId }, { $set: { at: new Date() } }, { upsert: true })
          .exec()
          .catch(ignoreDuplicate),
    );
  }

  async restore(userId: string): Promise<void> {
    await this.change(
      [],
      (list) => list.restoreAccount(userId),
      () => this.subjects.deleteOne({ userId }).exec(),
    );
  }

  /** Refuses the tokens of these sign-ins and, with `issuedBefore`, every token of the person issued before then. */
  async revokeTokens(userId: string, scope: { sessionIds?: string[]; issuedBefore?: Date }, reason: string): Promise<void> {
    const entries: Revocation[] = (scope.sessionIds ?? []).map((sessionId) => ({ userId, sessionId, reason }));
    // `iat` has whole seconds: the second of the change itself is left to the sign-in entries, so that a
    // sign-in made just after the change is not refused.
    if (scope.issuedBefore) entries.push({ userId, issuedBefore: Math.floor(scope.issuedBefore.getTime() / 1000), reason });
    if (entries.length === 0) return;
    const expiresAt = new Date(Date.now() + this.config.accessTokenTtlSeconds * 1000 + MARGIN_MS);
    await this.change(
      [userId],
      (list) => entries.forEach((e) => list.add(e)),
      () =>
        Promise.all(
          entries.map((e) =>
            this.tokens
              .updateOne({ _id: revocationKey(e) }, { $set: { ...e, expiresAt } }, { upsert: true })
              .exec()
              .catch(ignoreDuplicate),
          ),
        ),
    );
  }

  private async change(userIds: string[], apply: (list: RevocationList) => void, store: () => Promise<unknown>): Promise<void> {
    const change: LocalChange = { apply, storedAt: Infinity };
    this.local.push(change);
    apply(this.list);
    if (userIds.length) this.notify(userIds);
    try {
      await store();
    } finally {
      change.storedAt = Date.now();
    }
  }

  private async refresh(): Promise<void> {
    if (this.refreshing) return;
    this.refreshing = true;
    const startedAt = Date.now();
    try {
      const [accounts, tokens] = await Promise.all([
        this.subjects.find({}, { userId: 1, _id: 0 }).lean<{ userId: string }[]>().exec(),
        this.tokens.find({}).lean<RevokedTokenDoc[]>().exec(),
      ]);
      const now = Date.now();
      const next = new RevocationList();
      for (const { userId } of accounts) next.add({ userId, reason: ACCOUNT_DISABLED });
      let expired = 0;
      for (const { userId, sessionId, issuedBefore, reason, expiresAt } of tokens) {
        if (expiresAt.getTime() <= now) expired++;
        else
          next.add({ userId, reason, ...(sessionId ? { sessionId } : {}), ...(typeof issuedBefore === 'number' ? { issuedBefore } : {}) });
      }
      // What this node stored after the read began may be missing from it.
      this.local = this.local.filter((c) => c.storedAt >= startedAt);
      for (const c of this.local) c.apply(next);
      const fresh = next.usersNewSince(this.list);
      this.list = next;
      if (fresh.length) this.notify(fresh);
      if (expired > 0 && now - this.prunedAt >= PRUNE_EVERY_MS) {
        this.prunedAt = now;
        await this.tokens.deleteMany({ expiresAt: { $lte: new Date(now) } }).exec();
      }
    } finally {
      this.refreshing = false;
    }
  }

  private notify(userIds: string[]): void {
    for (const listener of this.listeners) {
      try {
        listener(userIds);
      } catch {
        // a listener's failure must not stop the list from being kept
      }
    }
  }
}

/** Two nodes recording the same entry at once: one upsert wins, the entry exists either way. */
function ignoreDuplicate(error: { code?: number }): void {
  if (error.code !== 11000) throw error;
}
