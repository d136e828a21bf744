import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, ConfigError } from '@trainaction/platform';
import { AppModule } from './app.module';
import { configureApp } from './bootstrap';

async function main(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true, bodyParser: false });
  await configureApp(app);
  const config = app.get(AppConfig);
  await app.listen(config.port, config.host);
}

main().catch((error: unknown) => {
  // Configuration errors list every bad variable; print them plainly, without a stack trace.
  const cause = (error as { cause?: unknown })?.cause;
  if (error instanceof ConfigError || cause instanceof ConfigError) console.error((cause ?? error) instanceof Error ? ((cause ?? error) as Error).message : error);
  else console.error(error);
  process.exit(1);
});
