import { Global, Injectable, MiddlewareConsumer, Module, NestModule, type ExecutionContext } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { MongooseModule } from '@nestjs/mongoose';
import { PassportModule } from '@nestjs/passport';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { ZodValidationPipe } from 'nestjs-zod';
import { ActivityCounters } from './activity/activity-counters';
import { ACTIVITY_COUNTER_MODEL, ActivityCounterSchema } from './activity/activity-counter.schema';
import { CacheBus } from './database/cache-bus';
import { AuditLog } from './audit/audit-log';
import { Notifications } from './notifications/notifications';
import { NotificationsController } from './notifications/notifications.controller';
import { NOTIFICATION_MODEL, NOTIFICATION_PREFS_MODEL, NotificationPrefsSchema, NotificationSchema } from './notifications/notification.schema';
import { AuditController } from './audit/audit.controller';
import { AUDIT_MODEL, AuditEntrySchema } from './audit/audit.schema';
import { AccessTokenService } from './auth/access-token.service';
import { JwtAuthGuard, RolesGuard } from './auth/guards';
import { JwtStrategy } from './auth/jwt.strategy';
import { REVOKED_SUBJECT_MODEL, RevokedSubjectSchema, SubjectRevocations } from './auth/subject-revocations';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { AllExceptionsFilter } from './errors/all-exceptions.filter';
import { HealthController } from './health/health.controller';
import { RejectOperatorsMiddleware } from './http/request-guards.middleware';
import { LoggingModule } from './logging/logging.module';
import { RealtimePublisher } from './realtime/realtime.publisher';

/**
 * HTTP request budget per person (the token's subject) or, without a token, per address: many officials
 * of one ministry share one public address. Socket events have their own limits in their services.
 */
@Injectable()
class HttpThrottlerGuard extends ThrottlerGuard {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    return context.getType() === 'http' ? super.canActivate(context) : true;
  }

  protected override async getTracker(req: Record<string, any>): Promise<string> {
    const bearer = /^Bearer ([\w-]+)\.([\w-]+)\.[\w-]*$/.exec(String(req.headers?.authorization ?? ''));
    if (bearer) {
      // Only a bucket key: the token itself is verified by the auth guard right after.
      try {
        const sub = (JSON.parse(Buffer.from(bearer[2], 'base64url').toString('utf8')) as { sub?: unknown }).sub;
        if (typeof sub === 'string' && sub.length <= 64) return `user:${sub}`;
      } catch {
        // not JSON: fall back to the address
      }
    }
    return `address:${req.ip}`;
  }
}

/** Infrastructure every feature module uses; global so features do not import it one by one. */
@Global()
@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    DatabaseModule,
    PassportModule,
    JwtModule.register({}),
    TerminusModule,
    MongooseModule.forFeature([
      { name: AUDIT_MODEL, schema: AuditEntrySchema },
      { name: ACTIVITY_COUNTER_MODEL, schema: ActivityCounterSchema },
      { name: NOTIFICATION_MODEL, schema: NotificationSchema },
      { name: NOTIFICATION_PREFS_MODEL, schema: NotificationPrefsSchema },
      { name: REVOKED_SUBJECT_MODEL, schema: RevokedSubjectSchema },
    ]),
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ throttlers: [{ ttl: 60_000, limit: config.rateLimitPerMinute }] }),
    }),
  ],
  controllers: [HealthController, AuditController, NotificationsController],
  providers: [
    AuditLog,
    ActivityCounters,
    Notifications,
    SubjectRevocations,
    AccessTokenService,
    JwtStrategy,
    RealtimePublisher,
    CacheBus,
    { provide: APP_GUARD, useClass: HttpThrottlerGuard },
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
    { provide: APP_FILTER, useClass: AllExceptionsFilter },
    { provide: APP_PIPE, useClass: ZodValidationPipe },
  ],
  exports: [ConfigModule, AccessTokenService, RealtimePublisher, CacheBus, AuditLog, ActivityCounters, Notifications, SubjectRevocations],
})
export class PlatformModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RejectOperatorsMiddleware).forRoutes('*path');
  }
}
