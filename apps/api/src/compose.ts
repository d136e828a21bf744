import { Logger, type NestApplicationOptions } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '@trainaction/platform';
import { MessageStore } from '@trainaction/rooms';
import { AppModule } from './app.module';
import { BroadcastOnlyMessageStore } from './bench/broadcast-only-store';

/**
 * The application as main.ts serves it. MESSAGE_STORAGE=off (only for `npm run bench`'s gateway figures)
 * composes it with a message store that keeps nothing, through Nest's provider override: no domain code
 * knows of the benchmark. The override comes from @nestjs/testing, a development dependency the bench has.
 */
export async function createApp(options: NestApplicationOptions): Promise<NestExpressApplication> {
  if (loadConfig().messageStorage !== 'off') return NestFactory.create<NestExpressApplication>(AppModule, options);
  new Logger('Bootstrap').warn('MESSAGE_STORAGE=off: live-room messages are NOT stored (benchmark mode only)');
  const { Test } = await import('@nestjs/testing');
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(MessageStore)
    .useClass(BroadcastOnlyMessageStore)
    .compile();
  return moduleRef.createNestApplication<NestExpressApplication>(options);
}
