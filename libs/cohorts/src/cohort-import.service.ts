import { randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { ImportJobView, ImportRowReport, ImportRowStatus, RosterRowError } from '@trainaction/contracts';
import { PasswordHasher, UsersRepository } from '@trainaction/identity';
import { AppError, Metrics, type AuthUser } from '@trainaction/platform';
import { CohortInvitations } from './cohort-invitations.service';
import { CohortsRepository, type CohortRecord } from './cohorts.repository';
import { parseRoster, type RosterRow } from './csv-roster';

const CHUNK = 25;

function emptyCounts(): Record<ImportRowStatus, number> {
  return { created_and_enrolled: 0, enrolled: 0, already_enrolled: 0, invalid: 0 };
}

/**
 * Roster imports: the whole file is validated first, then good rows are processed in the background in
 * chunks, with progress stored on the job so any API node can report it. Importing the same file again
 * reuses accounts and memberships, so it changes nothing. Each person enrolled is told by mail: new
 * accounts get an invitation to choose their password, existing ones a notice.
 */
@Injectable()
export class CohortImportService {
  private readonly logger = new Logger(CohortImportService.name);

  constructor(
    private readonly cohorts: CohortsRepository,
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly invitations: CohortInvitations,
    metrics: Metrics,
  ) {
    metrics.gauge('import_jobs_running', 'Roster imports running (all nodes)', () => cohorts.countRunningImports());
  }

  async start(caller: AuthUser, cohortId: string, csv: string): Promise<ImportJobView> {
    const cohort = await this.cohorts.findById(cohortId);
    if (!cohort) throw AppError.notFound('Cohort');
    const { valid, invalid, total } = parseRoster(csv);
    const counts = { ...emptyCounts(), invalid: invalid.length };
    const job = { cohortId, createdBy: caller.id, status: 'running' as const, total, processed: invalid.length, counts, rows: invalid };
    const id = await this.cohorts.createImport(job);
    void this.run(id, cohort, valid, invalid, caller.id).catch(async (error: unknown) => {
      this.logger.error({ err: error, importId: id }, 'roster import failed');
      await this.cohorts.updateImport(id, { status: 'failed' }).catch(() => undefined);
    });
    return { id, ...job };
  }

  async get(caller: AuthUser, id: string): Promise<ImportJobView> {
    const job = await this.cohorts.findImport(id);
    if (!job || (job.createdBy !== caller.id && caller.role !== 'admin' && caller.role !== 'coordinator'))
      throw AppError.notFound('Import');
    const { createdBy: _createdBy, ...view } = job;
    return { ...view, rows: [...view.rows].sort((a, b) => a.row - b.row) };
  }

  private async run(id: string, cohort: CohortRecord, rows: RosterRow[], invalid: ImportRowReport[], inviterId: string): Promise<void> {
    const reports = [...invalid];
    const counts = { ...emptyCounts(), invalid: invalid.length };
    // Imported accounts get a random password nobody knows, until their holder accepts the invitation.
    const passwordHash = await this.hasher.hash(randomBytes(24).toString('base64url'));
    let members = (await this.cohorts.countMembers([cohort.id])).get(cohort.id) ?? 0;

    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      const known = new Map((await this.users.findByEmails(chunk.map((r) => r.email))).map((u) => [u.email.toLowerCase(), u]));
      const fresh = chunk.filter((r) => !known.has(r.email.toLowerCase()));
      const invitedAt = new Date();
      await this.users.createMany(
        fresh.map(({ row: _row, ...r }) => ({
          ...r,
          passwordHash,
          locale: 'es' as const,
          role: 'learner' as const,
          invitationPendingSince: invitedAt,
        })),
      );
      for (const user of await this.users.findByEmails(fresh.map((r) => r.email))) known.set(user.email.toLowerCase(), user);

      const enrolled: string[] = [];
      for (const row of chunk) {
        const user = known.get(row.email.toLowerCase())!;
        const created = fresh.includes(row);
        let status: ImportRowStatus;
        let errors: RosterRowError[] | undefined;
        if (await this.cohorts.membership(cohort.id, user.id)) status = 'already_enrolled';
        else if (cohort.capacity && members >= cohort.capacity) [status, errors] = ['invalid', [{ kind: 'cohort_full' }]];
        else {
          const added = await this.cohorts.addMember({ cohortId: cohort.id, courseId: cohort.courseId, userId: user.id, role: 'learner' });
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
      await this.cohorts.updateImport(id, { processed: invalid.length + Math.min(start + CHUNK, rows.length), counts });
    }
    await this.cohorts.updateImport(id, { status: 'done', processed: invalid.length + rows.length, counts, rows: reports });
  }
}
