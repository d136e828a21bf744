import { Module } from '@nestjs/common';
import { CatalogModule } from '@trainaction/catalog';
import { CohortsModule } from '@trainaction/cohorts';
import { IdentityModule } from '@trainaction/identity';
import { ModerationModule } from '@trainaction/moderation';
import { SubmissionsModule } from '@trainaction/submissions';
import { AuditModule } from '@trainaction/audit';
import { ActivityModule } from '@trainaction/activity';
import { AnalyticsController } from './analytics.controller';
import { AnalyticsService } from './analytics.service';
import { CoordinationOverviewService } from './coordination-overview.service';
import { CoordinationController } from './coordination.controller';

@Module({
  imports: [ActivityModule, AuditModule, CatalogModule, CohortsModule, IdentityModule, ModerationModule, SubmissionsModule],
  controllers: [AnalyticsController, CoordinationController],
  providers: [AnalyticsService, CoordinationOverviewService],
  exports: [AnalyticsService],
})
export class AnalyticsModule {}
