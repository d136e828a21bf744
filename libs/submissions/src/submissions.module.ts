import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CatalogModule } from '@trainaction/catalog';
import { CohortsModule } from '@trainaction/cohorts';
import { FilesModule } from '@trainaction/files';
import { IdentityModule } from '@trainaction/identity';
import { NotificationsModule } from '@trainaction/notifications';
import { ActivityModule } from '@trainaction/activity';
import {
  REVIEW_CLAIM_MODEL,
  ReviewClaimSchema,
  SUBMISSION_MODEL,
  SUBMISSION_VERSION_MODEL,
  SubmissionSchema,
  SubmissionVersionSchema,
} from './submission.schema';
import { DraftSweeper } from './draft-sweeper';
import { SubmissionAttachments } from './submission-attachments';
import { SubmissionsController } from './submissions.controller';
import { SubmissionsGateway } from './submissions.gateway';
import { SubmissionsErasure } from './ports/submissions-erasure';
import { SubmissionsRepository } from './submissions.repository';
import { SubmissionsService } from './submissions.service';

@Module({
  imports: [
    ActivityModule,
    CatalogModule,
    CohortsModule,
    FilesModule,
    IdentityModule,
    NotificationsModule,
    MongooseModule.forFeature([
      { name: SUBMISSION_MODEL, schema: SubmissionSchema },
      { name: SUBMISSION_VERSION_MODEL, schema: SubmissionVersionSchema },
      { name: REVIEW_CLAIM_MODEL, schema: ReviewClaimSchema },
    ]),
  ],
  controllers: [SubmissionsController],
  providers: [SubmissionsRepository, SubmissionsService, SubmissionsGateway, SubmissionAttachments, DraftSweeper, SubmissionsErasure],
  // The repository are exported for the seeding entry point only (apps/api/src/demo, tests); libs use the ports.
  exports: [SubmissionsService, SubmissionsErasure, SubmissionsRepository],
})
export class SubmissionsModule {}
