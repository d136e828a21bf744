import { Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { acceptedSchema, type UserListPage, userListPageSchema } from '@trainaction/contracts';
import { CohortsService } from '@trainaction/cohorts';
import { ListUsersQueryDto, UsersService } from '@trainaction/identity';
import { ApiErrors, ApiResult, type AuthUser, CurrentUser, Roles } from '@trainaction/platform';

/**
 * People at scale: the user list and what staff do from it that needs both accounts and cohorts. It lives
 * here, composing the two libraries' services, because identity must not depend on cohorts.
 */
@ApiTags('users')
@ApiBearerAuth()
@Controller()
export class PeopleController {
  constructor(
    private readonly users: UsersService,
    private readonly cohorts: CohortsService,
  ) {}

  @Get('users')
  @Roles('coordinator', 'admin')
  @ApiOperation({
    summary:
      'List accounts (coordinators and admins): `q` finds part of a name or e-mail; filters by role, country, cohort, status; `page` gives numbered pages and a total',
  })
  @ApiResult(userListPageSchema)
  async list(@CurrentUser() caller: AuthUser, @Query() query: ListUsersQueryDto): Promise<UserListPage> {
    const memberIds = query.cohortId ? await this.cohorts.memberIds(query.cohortId) : undefined;
    return this.users.list(caller, query, memberIds);
  }

  @Post('users/:id/invitation')
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'Send a person who has not accepted their invitation a new one (for the cohort they joined last)' })
  @ApiResult(acceptedSchema, { status: 202 })
  @ApiErrors(409)
  async resendInvitation(@CurrentUser() caller: AuthUser, @Param('id') id: string): Promise<{ status: 'accepted' }> {
    await this.cohorts.resendLatestInvitation(caller, id);
    return { status: 'accepted' };
  }
}
