import { Module } from '@nestjs/common';
import { IdentityModule } from '@trainaction/identity';
import { DemoSeeder } from './demo-seeder';

@Module({ imports: [IdentityModule], providers: [DemoSeeder] })
export class DemoModule {}
