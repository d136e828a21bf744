import { Injectable } from '@nestjs/common';
import type { BalanceTable, BalancedBuildInput } from '@trainaction/contracts';
import { UserDirectory } from '@trainaction/identity';
import { AppError, type AuthUser } from '@trainaction/platform';
import { balanceCohorts, tally, type PoolMember } from './balanced-builder';
import { CohortsRepository } from './cohorts.repository';
import { CohortsService } from './cohorts.service';

/** Builds cross-country cohorts from everyone learning a course, balanced by country, gender and sector. */
@Injectable()
export class CohortBuilderService {
  constructor(
    private readonly cohorts: CohortsRepository,
    private readonly cohortsService: CohortsService,
    private readonly users: UserDirectory,
  ) {}

  async build(caller: AuthUser, input: BalancedBuildInput): Promise<BalanceTable> {
    await this.cohortsService.assertCourse(caller, input.courseId);
    const learnerIds = [...new Set((await this.cohorts.membersOfCourse(input.courseId, 'learner')).map((m) => m.userId))];
    const pool: PoolMember[] = (await this.users.byIds(learnerIds)).map((u) => ({
      userId: u.id,
      country: u.country,
      gender: u.gender,
      sector: u.sector,
    }));
    if (pool.length < input.cohortCount) {
      throw new AppError('VALIDATION_FAILED', 'The request has invalid fields', [
        { path: 'cohortCount', message: `is more than the ${pool.length} learners of the course` },
      ]);
    }
    const groups = balanceCohorts(pool, input.cohortCount);
    const names = groups.map((_, i) => `${input.namePrefix} ${i + 1}`);
    const table: BalanceTable = {
      pool: { size: pool.length, byCountry: tally(pool, 'country'), byGender: tally(pool, 'gender'), bySector: tally(pool, 'sector') },
      cohorts: groups.map((g, i) => ({
        name: names[i],
        size: g.length,
        byCountry: tally(g, 'country'),
        byGender: tally(g, 'gender'),
        bySector: tally(g, 'sector'),
      })),
      applied: false,
      createdCohortIds: [],
    };
    if (!input.apply) return table;

    for (const [i, group] of groups.entries()) {
      const cohort = await this.cohorts.create({
        courseId: input.courseId,
        name: names[i],
        countries: [...new Set(group.map((m) => m.country))].sort(),
        startsAt: new Date(input.startsAt),
        endsAt: new Date(input.endsAt),
        timezone: input.timezone,
        status: 'planned',
        enrollmentMode: 'coordinator',
      });
      for (const member of group)
        await this.cohorts.addMember({ cohortId: cohort.id, courseId: input.courseId, userId: member.userId, role: 'learner' });
      table.createdCohortIds.push(cohort.id);
    }
    return { ...table, applied: true };
  }
}
