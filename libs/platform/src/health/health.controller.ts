import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { HealthCheck, HealthCheckService, MongooseHealthIndicator } from '@nestjs/terminus';
import { AppError } from '../errors/app-error';
import { Public } from '../auth/public.decorator';
import { ApiErrors, ApiResult } from '../openapi/api-result';
import { z } from 'zod';

const statusOk = z.object({ status: z.literal('ok') });

@ApiTags('health')
@Public()
@SkipThrottle()
@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly mongoose: MongooseHealthIndicator,
  ) {}

  @Get('health')
  @ApiOperation({ summary: 'The process is up' })
  @ApiResult(statusOk, { name: 'HealthStatus' })
  alive() {
    return { status: 'ok' as const };
  }

  @Get('ready')
  @ApiErrors(503)
  @HealthCheck()
  @ApiOperation({ summary: 'The database is reachable (503 otherwise)' })
  @ApiResult(statusOk, { name: 'ReadyStatus' })
  async ready() {
    try {
      await this.health.check([() => this.mongoose.pingCheck('database', { timeout: 1500 })]);
    } catch {
      throw new AppError('UNAVAILABLE', 'The database is not reachable');
    }
    return { status: 'ok' as const };
  }
}
