import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type BalanceTable,
  balanceTableSchema,
  type CohortView,
  cohortViewSchema,
  type ImportJobView,
  importJobViewSchema,
  type InvitationSent,
  memberProgressSchema,
  type MemberView,
  memberViewSchema,
  type Page,
  pageSchema,
  sentSchema,
} from '@trainaction/contracts';
import { ApiErrors, ApiNoContent, ApiResult, type AuthUser, CurrentUser, Roles } from '@trainaction/platform';
import { z } from 'zod';
import { CohortBuilderService } from './cohort-builder.service';
import { CohortImportService } from './cohort-import.service';
import {
  BalancedBuildDto,
  CohortInputDto,
  CohortInvitationDto,
  CohortListQueryDto,
  CohortUpdateDto,
  CsvImportDto,
  EnrollmentDto,
} from './cohorts.dto';
import { CohortsService, type MemberProgress } from './cohorts.service';

@ApiTags('cohorts')
@ApiBearerAuth()
@Controller()
export class CohortsController {
  constructor(
    private readonly cohorts: CohortsService,
    private readonly imports: CohortImportService,
    private readonly builder: CohortBuilderService,
  ) {}

  @Get('cohorts')
  @ApiOperation({ summary: 'My cohorts; every cohort for coordinators and admins; `scope=open` for self-enrolment' })
  @ApiResult(pageSchema(cohortViewSchema))
  list(@CurrentUser() caller: AuthUser, @Query() query: CohortListQueryDto): Promise<Page<CohortView>> {
    return this.cohorts.list(caller, query);
  }

  @Post('cohorts')
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'Create a cohort (coordinators)' })
  @ApiResult(cohortViewSchema, { status: 201 })
  create(@CurrentUser() caller: AuthUser, @Body() body: CohortInputDto): Promise<CohortView> {
    return this.cohorts.create(caller, body);
  }

  @Post('cohorts/balance')
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'Propose (and with apply: true, create) cross-country cohorts balanced by country, gender and sector' })
  @ApiResult(balanceTableSchema)
  balance(@CurrentUser() caller: AuthUser, @Body() body: BalancedBuildDto): Promise<BalanceTable> {
    return this.builder.build(caller, body);
  }

  @Get('cohorts/:id')
  @ApiOperation({ summary: 'A cohort (members, coordinators and admins; others get 404)' })
  @ApiResult(cohortViewSchema)
  get(@CurrentUser() caller: AuthUser, @Param('id') id: string): Promise<CohortView> {
    return this.cohorts.get(caller, id);
  }

  @Patch('cohorts/:id')
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'Edit a cohort (coordinators)' })
  @ApiResult(cohortViewSchema)
  update(@CurrentUser() caller: AuthUser, @Param('id') id: string, @Body() body: CohortUpdateDto): Promise<CohortView> {
    return this.cohorts.update(caller, id, body);
  }

  @Get('cohorts/:id/members')
  @ApiOperation({ summary: 'Members of a cohort' })
  @ApiResult(pageSchema(memberViewSchema))
  members(@CurrentUser() caller: AuthUser, @Param('id') id: string): Promise<Page<MemberView>> {
    return this.cohorts.members(caller, id);
  }

  @Post('cohorts/:id/enrollments')
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'Enrol one person, or change their role in the cohort (coordinators); a new member is told by mail' })
  @ApiResult(memberViewSchema, { status: 201 })
  @ApiErrors(409)
  enroll(@CurrentUser() caller: AuthUser, @Param('id') id: string, @Body() body: EnrollmentDto): Promise<MemberView> {
    return this.cohorts.enroll(caller, id, body);
  }

  @Post('cohorts/:id/invitations')
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'Enrol a person by e-mail: a new address gets an account and an invitation, an existing one a notice' })
  @ApiResult(memberViewSchema, { status: 201 })
  @ApiErrors(409)
  invite(@CurrentUser() caller: AuthUser, @Param('id') id: string, @Body() body: CohortInvitationDto): Promise<MemberView> {
    return this.cohorts.enrollByEmail(caller, id, body);
  }

  @Post('cohorts/:id/members/:userId/invitation')
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'Send a member’s invitation again; earlier links stop working. 409 once accepted' })
  @ApiResult(sentSchema, { status: 202 })
  @ApiErrors(409)
  async resendInvitation(
    @CurrentUser() caller: AuthUser,
    @Param('id') id: string,
    @Param('userId') userId: string,
  ): Promise<InvitationSent> {
    await this.cohorts.resendInvitation(caller, id, userId);
    return { status: 'sent' };
  }

  @Delete('cohorts/:id/enrollments/:userId')
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'Remove a person from a cohort (coordinators)' })
  @ApiNoContent()
  unenroll(@Param('id') id: string, @Param('userId') userId: string): Promise<void> {
    return this.cohorts.unenroll(id, userId);
  }

  @Post('cohorts/:id/join')
  @ApiOperation({ summary: 'Enrol myself in an open cohort for my country' })
  @ApiResult(cohortViewSchema)
  @ApiErrors(409)
  join(@CurrentUser() caller: AuthUser, @Param('id') id: string): Promise<CohortView> {
    return this.cohorts.join(caller, id);
  }

  @Get('cohorts/:id/progress')
  @ApiOperation({ summary: 'Lesson progress of each learner (the cohort’s moderators, coordinators)' })
  @ApiResult(z.array(memberProgressSchema))
  progress(@CurrentUser() caller: AuthUser, @Param('id') id: string): Promise<MemberProgress[]> {
    return this.cohorts.progress(caller, id);
  }

  @Post('cohorts/:id/imports')
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'Import a CSV roster (email, name, country, gender, sector, organisation); poll the job for progress' })
  @ApiResult(importJobViewSchema, { status: 202 })
  @ApiErrors(409)
  startImport(@CurrentUser() caller: AuthUser, @Param('id') id: string, @Body() body: CsvImportDto): Promise<ImportJobView> {
    return this.imports.start(caller, id, body.csv);
  }

  @Get('imports/:id')
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'Progress and per-row report of a roster import' })
  @ApiResult(importJobViewSchema)
  getImport(@CurrentUser() caller: AuthUser, @Param('id') id: string): Promise<ImportJobView> {
    return this.imports.get(caller, id);
  }
}
