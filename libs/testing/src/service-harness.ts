import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Type } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { CatalogService } from '@trainaction/catalog';
import { CohortsRepository } from '@trainaction/cohorts/seeding';
import { courseInputSchema, type Role } from '@trainaction/contracts';
import { UsersRepository } from '@trainaction/identity/seeding';
import { AppConfig, loadConfig, PlatformModule, type AuthUser } from '@trainaction/platform';
import { dropDatabase, testDatabaseUri } from './database';
import { aRegistration } from './factories';

export interface Cohort {
  id: string;
  courseId: string;
}

/** A lib's Nest module on a database of its own: its services called directly, without HTTP or sockets. */
export interface ServiceHarness {
  get<T>(type: Type<T>): T;
  /** A new verified account with this global role, as the caller a service receives. */
  person(role?: Role): Promise<AuthUser>;
  /** A published course and a running cohort of it, with these members. */
  cohort(members: { learners?: AuthUser[]; moderators?: AuthUser[] }): Promise<Cohort>;
  /** A mute or ban set on a member, as a moderator's sanction leaves it. */
  sanction(cohort: Cohort, person: AuthUser, kind: 'mute' | 'ban', minutes?: number): Promise<void>;
  close(): Promise<void>;
}

let courses = 0;

/**
 * Builds `feature` (e.g. RoomsModule) with the platform (configuration, the mongoose connection, realtime
 * publisher without a socket server; the audit log and activity counters come with the feature's own
 * imports) on a fresh database of the embedded server. Fixtures are
 * written through the owning libs' repositories and services.
 */
export async function startServices(label: string, feature: Type<unknown>): Promise<ServiceHarness> {
  const uri = testDatabaseUri(label);
  const dataDir = mkdtempSync(join(tmpdir(), 'trainaction-service-'));
  const config = loadConfig({ NODE_ENV: 'test', MONGODB_URI: uri, DATA_DIR: dataDir, LOG_LEVEL: 'silent', SEED_DEMO: 'false' });
  const moduleRef: TestingModule = await Test.createTestingModule({ imports: [PlatformModule, feature] })
    .overrideProvider(AppConfig)
    .useValue(config)
    .compile();
  await moduleRef.init();
  const get = <T>(type: Type<T>) => moduleRef.get(type, { strict: false });
  return {
    get,
    async person(role = 'learner') {
      const { password: _unused, ...input } = aRegistration();
      const user = await get(UsersRepository).create({ ...input, locale: 'es', passwordHash: 'not-used-by-service-specs', role });
      return { id: user.id, role, sessionId: 'service-spec' };
    },
    async cohort({ learners = [], moderators = [] }) {
      courses += 1;
      const course = await get(CatalogService).create(
        courseInputSchema.parse({
          slug: `service-${label}-${courses}`,
          title: { es: 'Curso' },
          summary: { es: 'Curso' },
          status: 'published',
        }),
      );
      const repo = get(CohortsRepository);
      const cohort = await repo.create({
        courseId: course.id,
        name: `Cohorte ${courses}`,
        countries: ['HN'],
        startsAt: new Date('2026-01-01T00:00:00Z'),
        endsAt: new Date('2027-12-31T00:00:00Z'),
        timezone: 'America/Tegucigalpa',
        status: 'running',
        enrollmentMode: 'coordinator',
      });
      const members = [...learners.map((p) => [p, 'learner'] as const), ...moderators.map((p) => [p, 'moderator'] as const)];
      for (const [p, role] of members) await repo.addMember({ cohortId: cohort.id, courseId: course.id, userId: p.id, role });
      return { id: cohort.id, courseId: course.id };
    },
    async sanction(cohort, person, kind, minutes = 60) {
      await get(CohortsRepository).setSanction(cohort.id, person.id, kind, new Date(Date.now() + minutes * 60_000), 'service spec');
    },
    async close() {
      await moduleRef.close();
      await dropDatabase(uri);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
