import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CatalogModule } from '@trainaction/catalog';
import { FilesModule } from '@trainaction/files';
import { IdentityModule } from '@trainaction/identity';
import { COHORT_MODEL, CohortSchema, IMPORT_JOB_MODEL, ImportJobSchema, MEMBERSHIP_MODEL, MembershipSchema } from './cohort.schema';
import { CohortAccess } from './cohort-access.service';
import { CohortBuilderService } from './cohort-builder.service';
import { CohortTimeZones } from './cohort-time-zones';
import { CohortImportService } from './cohort-import.service';
import { CohortInvitations } from './cohort-invitations.service';
import { CohortsController } from './cohorts.controller';
import { CohortsRepository } from './cohorts.repository';
import { CohortsService } from './cohorts.service';
import { LessonFilesPolicy } from './lesson-files.policy';
import { CohortDirectory } from './ports/cohort-directory';
import { CohortSanctions } from './ports/cohort-sanctions';

@Module({
  imports: [
    CatalogModule,
    FilesModule,
    IdentityModule,
    MongooseModule.forFeature([
      { name: COHORT_MODEL, schema: CohortSchema },
      { name: MEMBERSHIP_MODEL, schema: MembershipSchema },
      { name: IMPORT_JOB_MODEL, schema: ImportJobSchema },
    ]),
  ],
  controllers: [CohortsController],
  providers: [
    CohortsRepository,
    CohortsService,
    CohortAccess,
    CohortImportService,
    CohortBuilderService,
    CohortTimeZones,
    CohortInvitations,
    LessonFilesPolicy,
    CohortDirectory,
    CohortSanctions,
  ],
  // CohortsRepository is exported for the seeding entry point only (apps/api/src/demo, tests); libs use the ports.
  exports: [CohortAccess, CohortsService, CohortDirectory, CohortSanctions, CohortsRepository, CohortTimeZones, CohortInvitations],
})
export class CohortsModule {}
