import { Module } from '@nestjs/common';
import { CatalogModule } from '@trainaction/catalog';
import { CohortsModule } from '@trainaction/cohorts';
import { DiscussionsModule } from '@trainaction/discussions';
import { IdentityModule } from '@trainaction/identity';
import { PlatformModule } from '@trainaction/platform';
import { SubmissionsModule } from '@trainaction/submissions';
import { DemoModule } from './demo/demo.module';

@Module({
  imports: [PlatformModule, IdentityModule, CatalogModule, CohortsModule, DiscussionsModule, SubmissionsModule, DemoModule],
})
export class AppModule {}
