import { Module } from '@nestjs/common';
import { CatalogModule } from '@trainaction/catalog';
import { CohortsModule } from '@trainaction/cohorts';
import { RoomsModule } from '@trainaction/rooms';
import { ForumModule } from '@trainaction/forum';
import { IdentityModule } from '@trainaction/identity';
import { SubmissionsModule } from '@trainaction/submissions';
import { ActivityModule } from '@trainaction/activity';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [ActivityModule, IdentityModule, CatalogModule, CohortsModule, RoomsModule, ForumModule, SubmissionsModule],
  providers: [DemoSeeder],
  exports: [DemoSeeder],
})
export class DemoModule {}
