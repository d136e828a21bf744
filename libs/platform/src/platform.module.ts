import { Global, Injectable, MiddlewareConsumer, Module, NestModule, type ExecutionContext } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE, Reflector } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { MongooseModule } from '@nestjs/mongoose';
import { PassportModule } from '@nestjs/passport';
import { TerminusModule } from '@nestjs/terminus';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  ThrottlerModule,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import { ZodValidationPipe } from 'nestjs-zod';
import { CacheBus } from './cache-bus/cache-bus';
import { AccessTokenService } from './auth/access-token.service';
import { bearerToken, JwtAuthGuard, RolesGuard } from './auth/guards';
import { JwtStrategy } from './auth/jwt.strategy';
import {
  REVOKED_SUBJECT_MODEL,
  REVOKED_TOKEN_MODEL,
  RevokedSubjectSchema,
  RevokedTokenSchema,
  SubjectRevocations,
} from './auth/subject-revocations';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { AllExceptionsFilter } from './errors/all-exceptions.filter';
import { JOB_MODEL, JobSchema } from './jobs/job.schema';
import { Jobs } from './jobs/jobs';
import { WarmUps } from './database/warm-up';
import { isWarmUpRequest } from './http/warm-up-requests';
import { JobsRepository } from './jobs/jobs.repository';
import { HealthController } from './health/health.controller';
import { RejectOperatorsMiddleware } from './http/request-guards.middleware';
import { SharedRedis } from './limits/shared-redis';
import { SharedThrottlerStorage } from './limits/shared-throttler-storage';
import { LoggingModule } from './logging/logging.module';
import { Metrics } from './metrics/metrics';
import { MetricsController } from './metrics/metrics.controller';
import { RealtimePublisher } from './realtime/realtime.publisher';

/**
 * HTTP request budget per person (a verified token's subject) or, without a valid token, per address: many
 * officials of one ministry share one public address. Socket events have their own limits in their services.
 */
@Injectable()
class HttpThrottlerGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly tokens: AccessTokenService,
  ) {
    super(options, storage, reflector);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    return context.getType() === 'http' && !isWarmUpRequest(context.switchToHttp().getRequest<object>())
      ? super.canActivate(context)
      : true;
  }

  protected override async getTracker(req: Record<string, any>): Promise<string> {
    const token = bearerToken(req.headers?.authorization);
    if (token) {
      // Verified, not just decoded: a forged `sub` would spend someone else's budget or escape the
      // address's. Cheap: a token verified before is found in memory.
      try {
        return `user:${this.tokens.verify(token).id}`;
      } catch {
        // forged, expired or revoked: the address pays
      }
    }
    return `address:${req.ip}`;
  }
}

/** The node's connection for shared counters; its own module so the throttler's options can use it. */
@Module({ providers: [SharedRedis], exports: [SharedRedis] })
class SharedRedisModule {}

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
      { name: REVOKED_SUBJECT_MODEL, schema: RevokedSubjectSchema },
      { name: REVOKED_TOKEN_MODEL, schema: RevokedTokenSchema },
      { name: JOB_MODEL, schema: JobSchema },
    ]),
    SharedRedisModule,
    ThrottlerModule.forRootAsync({
      imports: [SharedRedisModule],
      inject: [AppConfig, SharedRedis],
      // With REDIS_URL every node counts into Redis: the limit holds across nodes.
      useFactory: (config: AppConfig, redis: SharedRedis) => ({
        throttlers: [{ ttl: 60_000, limit: config.rateLimitPerMinute }],
        storage: redis.client ? new SharedThrottlerStorage(redis.client) : undefined,
      }),
    }),
  ],
  controllers: [HealthController, MetricsController],
  providers: [
    SubjectRevocations,
    AccessTokenService,
    JwtStrategy,
    RealtimePublisher,
    CacheBus,
    Metrics,
    JobsRepository,
    Jobs,
    WarmUps,
    { provide: APP_GUARD, useClass: HttpThrottlerGuard },
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
    { provide: APP_FILTER, useClass: AllExceptionsFilter },
    { provide: APP_PIPE, useClass: ZodValidationPipe },
  ],
  exports: [
    ConfigModule,
    LoggingModule,
    SharedRedisModule,
    Metrics,
    AccessTokenService,
    RealtimePublisher,
    CacheBus,
    SubjectRevocations,
    Jobs,
    WarmUps,
  ],
})
export class PlatformModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RejectOperatorsMiddleware).forRoutes('*path');
  }
}
