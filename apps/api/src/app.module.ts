import { Module } from '@nestjs/common';
import { CatalogModule } from '@trainaction/catalog';
import { CohortsModule } from '@trainaction/cohorts';
import { IdentityModule } from '@trainaction/identity';
import { PlatformModule } from '@trainaction/platform';
import { DemoModule } from './demo/demo.module';

@Module({
  imports: [PlatformModule, IdentityModule, CatalogModule, CohortsModule, DemoModule],
})
export class AppModule {}
