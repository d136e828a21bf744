import { createHash, timingSafeEqual } from 'node:crypto';
import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator';
import { AppConfig } from '../config/app-config';
import { AppError } from '../errors/app-error';
import { ApiErrors, ApiFileResult } from '../openapi/api-result';
import { Metrics } from './metrics';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Prometheus scrapes each API node here with `Authorization: Bearer <METRICS_TOKEN>`; no person's token works. */
@ApiTags('health')
@Public()
@SkipThrottle()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: "This node's metrics in Prometheus text format (Bearer METRICS_TOKEN; 404 when unset)" })
  @ApiFileResult(200, ['text/plain'], 'Prometheus text exposition format')
  @ApiErrors(401, 404)
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() res: Response): Promise<void> {
    const token = this.config.metricsToken;
    if (!token) throw new AppError('NOT_FOUND', 'Metrics are off (METRICS_TOKEN is not set)');
    const given = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1] ?? '';
    if (!timingSafeEqual(digest(given), digest(token))) throw new AppError('UNAUTHENTICATED', 'The metrics token is missing or wrong');
    res.setHeader('content-type', this.metrics.registry.contentType);
    res.end(await this.metrics.registry.metrics());
  }
}
