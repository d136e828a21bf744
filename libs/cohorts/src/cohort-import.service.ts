import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { ImportJobView, ImportRowReport, ImportRowStatus, RosterRowError } from '@trainaction/contracts';
import { UserAccounts, UserDirectory, type DirectoryUser } from '@trainaction/identity';
import { AppError, Jobs, Metrics, type AuthUser, type JobRun } from '@trainaction/platform';
import { Types } from 'mongoose';
import { CohortInvitations } from './cohort-invitations.service';
import type { ImportJobDoc } from './cohort.schema';
import { CohortsRepository, type CohortRecord } from './cohorts.repository';
import { parseRoster, type RosterRow } from './csv-roster';

const CHUNK = 25;
const JOB_KIND = 'roster-import';

/** What the durable job carries: everything the import needs, so it can run (again) on any node. */
interface RosterImportPayload {
  importId: string;
  cohortId: string;
  inviterId: string;
  total: number;
  rows: RosterRow[];
  invalid: ImportRowReport[];
  /** The `invitationPendingSince` of every account this import creates: how a resumed run knows them. */
  invitedAt: string;
}

type ImportProgress = Omit<ImportJobDoc, '_id' | 'createdAt'>;

function emptyCounts(): Record<ImportRowStatus, number> {
  return { created_and_enrolled: 0, enrolled: 0, already_enrolled: 0, invalid: 0 };
}

/**
 * Roster imports: the whole file is validated first, then good rows are processed as a durable job
 * (`Jobs`, kind `roster-import`) in chunks, with progress stored on the import after each chunk so any API
 * node can report it. A node that dies mid-import leaves the job's lease to expire; another node (or the same
 * one restarted) resumes after the last chunk stored, and re-runs the chunk under way: accounts and
 * memberships are unique, and memberships carry the import's id, so nobody is created or enrolled twice and
 * each row is reported once. Importing the same file again reuses accounts and memberships, so it changes
 * nothing. Each person enrolled is told by mail: new accounts get an invitation to choose their password,
 * existing ones a notice.
 */
@Injectable()
export class CohortImportService implements OnModuleInit {
  constructor(
    private readonly cohorts: CohortsRepository,
    private readonly users: UserDirectory,
    private readonly accounts: UserAccounts,
    private readonly invitations: CohortInvitations,
    private readonly jobs: Jobs,
    metrics: Metrics,
  ) {
    metrics.gauge('import_jobs_running', 'Roster imports running (all nodes)', () => cohorts.countRunningImports());
  }

  onModuleInit(): void {
    this.jobs.register<RosterImportPayload>(JOB_KIND, (run) => this.run(run), {
      maxAttempts: 5,
      retryBaseMs: 10_000,
      onFailed: (payload) => this.cohorts.updateImport(payload.importId, { status: 'failed' }),
    });
  }

  async start(caller: AuthUser, cohortId: string, csv: string): Promise<ImportJobView> {
    const cohort = await this.cohorts.findById(cohortId);
    if (!cohort) throw AppError.notFound('Cohort');
    const { valid, invalid, total } = parseRoster(csv);
    const importId = new Types.ObjectId().toHexString();
    const payload = { importId, cohortId, inviterId: caller.id, total, rows: valid, invalid, invitedAt: new Date().toISOString() };
    // The job first: if this node stops before the import's record is stored, the job stores it when it runs.
    await this.jobs.enqueue(JOB_KIND, payload, { key: importId });
    const record = this.initialRecord(payload);
    await this.cohorts.createImport(importId, record);
    return { id: importId, ...record };
  }

  async get(caller: AuthUser, id: string): Promise<ImportJobView> {
    const job = await this.cohorts.findImport(id);
    if (!job || (job.createdBy !== caller.id && caller.role !== 'admin' && caller.role !== 'coordinator'))
      throw AppError.notFound('Import');
    const { createdBy: _createdBy, ...view } = job;
    // The job failed for good and the import could not be told (the database was unreachable then).
    if (view.status === 'running' && (await this.jobs.get(`${JOB_KIND}:${id}`))?.state === 'failed') view.status = 'failed';
    return { ...view, rows: [...view.rows].sort((a, b) => a.row - b.row) };
  }

  private initialRecord(p: RosterImportPayload) {
    const counts = { ...emptyCounts(), invalid: p.invalid.length };
    const status = 'running' as const;
    return { cohortId: p.cohortId, createdBy: p.inviterId, status, total: p.total, processed: p.invalid.length, counts, rows: p.invalid };
  }

  private async run(run: JobRun<RosterImportPayload>): Promise<void> {
    const p = run.payload;
    await this.cohorts.createImport(p.importId, this.initialRecord(p));
    const [state, cohort] = await Promise.all([this.cohorts.importProgress(p.importId), this.cohorts.findById(p.cohortId)]);
    if (!state || state.status !== 'running') return;
    if (!cohort) return this.cohorts.updateImport(p.importId, { status: 'failed' });
    await this.importRows(run, cohort, state);
  }

  private async importRows(run: JobRun<RosterImportPayload>, cohort: CohortRecord, state: ImportProgress): Promise<void> {
    const { importId, rows, invalid, inviterId } = run.payload;
    const invitedAt = new Date(run.payload.invitedAt);
    // What earlier attempts stored: the rows up to `resumeAt` are reported; the chunk after may be half done.
    const reports = [...(state.reported ?? state.rows)];
    const counts = { ...state.counts };
    const resumeAt = state.processed - invalid.length;
    // Imported accounts get a random password nobody knows, until their holder accepts the invitation.
    const passwordHash = await this.accounts.unguessablePasswordHash();
    let members = (await this.cohorts.countMembers([cohort.id])).get(cohort.id) ?? 0;
    const createdHere = (user: DirectoryUser) => user.invitationPendingSince?.getTime() === invitedAt.getTime();

    for (let start = resumeAt; start < rows.length; start += CHUNK) {
      if (run.signal.aborted) throw run.signal.reason;
      const chunk = rows.slice(start, start + CHUNK);
      const known = new Map((await this.users.byEmails(chunk.map((r) => r.email))).map((u) => [u.email.toLowerCase(), u]));
      const fresh = chunk.filter((r) => !known.has(r.email.toLowerCase()));
      await this.accounts.createMany(
        fresh.map(({ row: _row, ...r }) => ({
          ...r,
          passwordHash,
          locale: 'es' as const,
          role: 'learner' as const,
          invitationPendingSince: invitedAt,
        })),
      );
      for (const user of await this.users.byEmails(fresh.map((r) => r.email))) known.set(user.email.toLowerCase(), user);

      const enrolled: string[] = [];
      for (const row of chunk) {
        const user = known.get(row.email.toLowerCase())!;
        const created = fresh.includes(row) || createdHere(user);
        const membership = await this.cohorts.membership(cohort.id, user.id);
        let status: ImportRowStatus;
        let errors: RosterRowError[] | undefined;
        if (membership?.importId === importId) {
          // Enrolled by an attempt of this import that stopped before it stored this chunk.
          status = created ? 'created_and_enrolled' : 'enrolled';
          enrolled.push(user.id);
        } else if (membership) status = 'already_enrolled';
        else if (cohort.capacity && members >= cohort.capacity) [status, errors] = ['invalid', [{ kind: 'cohort_full' }]];
        else {
          const added = await this.cohorts.addMember({
            cohortId: cohort.id,
            courseId: cohort.courseId,
            userId: user.id,
            role: 'learner',
            importId,
          });
          status = !added ? 'already_enrolled' : created ? 'created_and_enrolled' : 'enrolled';
          if (added) {
            members++;
            enrolled.push(user.id);
          }
        }
        counts[status]++;
        reports.push({ row: row.row, email: row.email, status, errors });
      }
      await this.invitations.tellEnrolled(cohort, inviterId, enrolled);
      const done = Math.min(start + CHUNK, rows.length);
      // Renews the lease and checks it is still this node's before the chunk is recorded.
      await run.report({ rowsDone: done });
      const progress = { processed: invalid.length + done, counts };
      if (done < rows.length) await this.cohorts.updateImport(importId, { ...progress, reported: reports });
      else await this.cohorts.finishImport(importId, { ...progress, rows: reports });
    }
    if (resumeAt >= rows.length) await this.cohorts.finishImport(importId, { rows: reports });
  }
}
