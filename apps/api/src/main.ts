import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getConnectionToken } from '@nestjs/mongoose';
import { AppConfig, ConfigError, WarmUps, warmUpReads } from '@trainaction/platform';
import type { Connection } from 'mongoose';
import { AppModule } from './app.module';
import { configureApp } from './bootstrap';
import { createApp } from './compose';
import { DemoSeeder } from './demo/demo-seeder';
import { describeMigration, runMigrations, warnOfMissingIndexes } from './migrate';

async function serve(): Promise<void> {
  const app = await createApp({ bufferLogs: true, bodyParser: false });
  await configureApp(app);
  const config = app.get(AppConfig);
  await warnOfMissingIndexes(app);
  // Before it listens (and so before /api/ready answers): the database path's code optimised by V8.
  const warmed = await warmUpReads(app.get<Connection>(getConnectionToken()), config.warmUpRounds);
  if (warmed.rounds) new Logger('WarmUp').log(`${warmed.reads} reads in ${warmed.rounds} rounds, ${warmed.ms} ms`);
  if (config.warmUpRounds) {
    await app.get(WarmUps).run();
    await app.get(WarmUps).runRequests(app.getHttpAdapter().getInstance());
  }
  await app.listen(config.port, config.host);
}

/** `--seed`: create the demo academy with a progress bar, then exit (`npm run seed`). */
async function seed(): Promise<void> {
  process.env.SEED_DEMO = 'false'; // seed once, here, with progress, not again at bootstrap
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
  const width = 30;
  const created = await app.get(DemoSeeder).seed((step, done, total) => {
    const filled = Math.round((width * done) / total);
    process.stdout.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${step.padEnd(28)}`);
  });
  process.stdout.write(created ? '\nDemo academy created.\n' : '\nThe demo academy already exists; nothing changed.\n');
  await app.close();
}

/** `--migrate`: the deploy step: build the schemas' indexes (README, "Upgrade"), then exit. */
async function migrate(): Promise<void> {
  process.env.SEED_DEMO = 'false';
  process.env.DB_AUTO_INDEX = 'false'; // built below, once, and reported
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
  try {
    process.stdout.write(`${describeMigration(await runMigrations(app))}\n`);
  } finally {
    await app.close();
  }
}

const command = process.argv.includes('--seed') ? seed : process.argv.includes('--migrate') ? migrate : serve;
command().catch((error: unknown) => {
  // Configuration errors list every bad variable; print them plainly, without a stack trace.
  const cause = (error as { cause?: unknown })?.cause ?? error;
  console.error(cause instanceof ConfigError ? cause.message : error);
  process.exit(1);
});
