import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  analyticsDashboardSchema,
  dashboardQuerySchema,
  type AnalyticsDashboard,
  indicatorQuerySchema,
  type IndicatorReport,
  indicatorReportSchema,
  participationQuerySchema,
  type ParticipationReport,
  participationReportSchema,
} from '@trainaction/contracts';
import { ApiResult, type AuthUser, CurrentUser, Roles, toCsv } from '@trainaction/platform';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { AnalyticsService } from './analytics.service';

class ParticipationQueryDto extends createZodDto(participationQuerySchema) {}
class IndicatorQueryDto extends createZodDto(indicatorQuerySchema) {}
class DashboardQueryDto extends createZodDto(dashboardQuerySchema) {}

const MEASURES = [
  'learners',
  'activeLearners',
  'participationRate',
  'messages',
  'posts',
  'submissions',
  'acceptedSubmissions',
  'completions',
  'lessonsCompleted',
] as const;

function wantsCsv(res: Response, format?: string): boolean {
  return format === 'csv' || (format === undefined && res.req.accepts(['application/json', 'text/csv']) === 'text/csv');
}

function sendCsv(res: Response, name: string, body: string): string {
  res.setHeader('content-type', 'text/csv; charset=utf-8');
  res.setHeader('content-disposition', `attachment; filename="${name}.csv"`);
  return body;
}

@ApiTags('analytics')
@ApiBearerAuth()
@Roles('coordinator', 'admin')
@Controller('analytics')
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @Get('dashboard')
  @ApiOperation({
    summary:
      'The dashboard in one answer: the cross-tab by `by`, the reports by gender, country and gender, month, course and country, the donor indicators (by `period`), and the filters’ options',
  })
  @ApiResult(analyticsDashboardSchema)
  dashboard(@CurrentUser() caller: AuthUser, @Query() query: DashboardQueryDto): Promise<AnalyticsDashboard> {
    return this.analytics.dashboard(caller, query);
  }

  @Get('participation')
  @ApiOperation({
    summary:
      'Participation cross-tab by up to three dimensions (course, cohort, country, gender, sector, month); CSV with format=csv or Accept: text/csv',
  })
  @ApiResult(participationReportSchema, { csv: true })
  async participation(
    @CurrentUser() caller: AuthUser,
    @Query() query: ParticipationQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ParticipationReport | string> {
    const report = await this.analytics.participation(caller, query);
    const csv = wantsCsv(res, query.format);
    if (csv || query.export) await this.analytics.recordExport(caller, 'participation', query, report.rows.length);
    if (!csv) return report;
    const label = (dim: string, value: string | undefined) =>
      value && (dim === 'course' || dim === 'cohort') ? (report.labels[value] ?? value) : (value ?? '');
    const rows = [...report.rows, { ...report.totals, [report.by[0] ?? 'total']: 'Total' }].map((row) => [
      ...report.by.map((d) => label(d, (row as unknown as Record<string, string>)[d])),
      ...MEASURES.map((m) => (row[m] === null ? '' : String(row[m]))),
    ]);
    return sendCsv(res, 'participacion', toCsv([...report.by, ...MEASURES], rows));
  }

  @Get('indicators')
  @ApiOperation({ summary: 'Donor indicators: unique participants and completions by sex and country per month or quarter' })
  @ApiResult(indicatorReportSchema, { csv: true })
  async indicators(
    @CurrentUser() caller: AuthUser,
    @Query() query: IndicatorQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<IndicatorReport | string> {
    const report = await this.analytics.indicators(caller, query);
    const csv = wantsCsv(res, query.format);
    if (csv || query.export) await this.analytics.recordExport(caller, 'indicators', query, report.rows.length);
    if (!csv) return report;
    const rows = report.rows.map((r) => [
      r.period,
      r.country,
      r.gender,
      String(r.participants),
      r.completions === null ? '' : String(r.completions),
    ]);
    return sendCsv(res, 'indicadores', toCsv(['period', 'country', 'sex', 'participants', 'completions'], rows));
  }
}
