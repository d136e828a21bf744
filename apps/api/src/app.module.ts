import { Module } from '@nestjs/common';
import { IdentityModule } from '@trainaction/identity';
import { PlatformModule } from '@trainaction/platform';
import { DemoModule } from './demo/demo.module';

@Module({
  imports: [PlatformModule, IdentityModule, DemoModule],
})
export class AppModule {}
