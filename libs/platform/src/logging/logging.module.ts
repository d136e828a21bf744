import { Module } from '@nestjs/common';
import { ConfigModule } from '../config/config.module';
import { AppLogger } from './app-logger';

/** Structured JSON logs (`AppLogger`). Headers that carry secrets are redacted; bodies are never logged. */
@Module({
  imports: [ConfigModule],
  providers: [AppLogger],
  exports: [AppLogger],
})
export class LoggingModule {}
