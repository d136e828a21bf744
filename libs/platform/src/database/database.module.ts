import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';

/**
 * One mongoose connection. Commands are not buffered while disconnected, so a request during a
 * database outage fails fast with UNAVAILABLE instead of hanging. Indexes come from the schemas: built at
 * start outside production (autoIndex), by the migration step (`main.js --migrate`, index-migration.ts) in it.
 */
@Module({
  imports: [
    MongooseModule.forRootAsync({
      imports: [ConfigModule],
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        uri: config.mongodbUri,
        autoIndex: config.autoIndex,
        autoCreate: true,
        bufferCommands: false,
        serverSelectionTimeoutMS: 3000,
        connectTimeoutMS: 5000,
        heartbeatFrequencyMS: 2000,
        // Command events time every database operation for the metrics (Metrics.onModuleInit), only when metrics
        // are served: the driver decodes each reply a second time for the event (a 50-message page is decoded twice).
        monitorCommands: Boolean(config.metricsToken),
      }),
    }),
  ],
})
export class DatabaseModule {}
