import type { ErrorCode } from '@trainaction/contracts';

/** A submission written by this person that the server has not acknowledged yet. */
export interface PendingSubmission {
  clientSubmissionId: string;
  activityId: string;
  cohortId: string;
  body: string;
  links: string[];
  /** Files uploaded beforehand, sent with this version. */
  attachmentIds?: string[];
  queuedAt: string;
  attempts: number;
  /** Set when the server refused it for good: kept (so the text is not lost), shown, not retried. */
  failed?: ErrorCode | 'UNKNOWN';
}

export interface OutboxStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Per person, activity and cohort: a shared computer never sends someone else's work. */
export function submissionOutboxKey(userId: string, activityId: string, cohortId: string): string {
  return `ta:submission-outbox:${userId}:${activityId}:${cohortId}`;
}

/** Matches the API's rule: 8 to 64 letters, digits, - or _. */
export function newClientSubmissionId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;
}

/** The browser's localStorage, or null where it is missing or refused (private modes, full quota). */
export function browserStorage(): OutboxStorage | null {
  try {
    if (typeof localStorage === 'undefined') return null;
    const probe = 'ta:probe';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    return null;
  }
}

/**
 * The queue of unsent submissions for one activity in one cohort. Each entry keeps its clientSubmissionId for
 * life, so sending it again after a lost answer never stores a second version.
 */
export class SubmissionOutbox {
  readonly #storage: OutboxStorage | null;
  readonly #key: string;
  #memory: PendingSubmission[] = [];

  constructor(storage: OutboxStorage | null, key: string) {
    this.#storage = storage;
    this.#key = key;
    this.#memory = this.#read();
  }

  list(): PendingSubmission[] {
    return this.#memory.map((e) => ({ ...e, links: [...e.links] }));
  }

  /** Adds an entry, or replaces the one with the same clientSubmissionId. */
  put(entry: PendingSubmission): void {
    const rest = this.#memory.filter((e) => e.clientSubmissionId !== entry.clientSubmissionId);
    this.#memory = [...rest, { ...entry, links: [...entry.links] }];
    this.#write();
  }

  update(clientSubmissionId: string, change: Partial<Omit<PendingSubmission, 'clientSubmissionId'>>): void {
    this.#memory = this.#memory.map((e) => (e.clientSubmissionId === clientSubmissionId ? { ...e, ...change } : e));
    this.#write();
  }

  remove(clientSubmissionId: string): void {
    this.#memory = this.#memory.filter((e) => e.clientSubmissionId !== clientSubmissionId);
    this.#write();
  }

  #read(): PendingSubmission[] {
    try {
      const raw = this.#storage?.getItem(this.#key);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? parsed.filter(isPending) : [];
    } catch {
      return [];
    }
  }

  #write(): void {
    try {
      if (this.#memory.length === 0) this.#storage?.removeItem(this.#key);
      else this.#storage?.setItem(this.#key, JSON.stringify(this.#memory));
    } catch {
      // Quota or privacy mode: the entry still lives in memory for this tab.
    }
  }
}

function isPending(value: unknown): value is PendingSubmission {
  const v = value as PendingSubmission;
  return (
    typeof v === 'object' && v !== null && typeof v.clientSubmissionId === 'string' && typeof v.body === 'string' && Array.isArray(v.links)
  );
}
