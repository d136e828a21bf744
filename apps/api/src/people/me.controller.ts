import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type UserView, userViewSchema } from '@trainaction/contracts';
import { CohortTimeZones } from '@trainaction/cohorts';
import { UsersService } from '@trainaction/identity';
import { ApiResult, AppConfig, type AuthUser, CurrentUser } from '@trainaction/platform';

/**
 * `GET /api/me` lives here rather than in identity: the zone the person's times are shown in defaults to their
 * cohort's, which only the cohorts library knows (the same rule as the daily digest, `CohortTimeZones`).
 */
@ApiTags('users')
@ApiBearerAuth()
@Controller()
export class MeController {
  constructor(
    private readonly users: UsersService,
    private readonly zones: CohortTimeZones,
    private readonly config: AppConfig,
  ) {}

  @Get('me')
  @ApiOperation({ summary: 'The signed-in user, with the time zone their times are shown in' })
  @ApiResult(userViewSchema)
  async me(@CurrentUser() caller: AuthUser): Promise<UserView> {
    const [user, zones] = await Promise.all([this.users.me(caller), this.zones.of([caller.id], this.config.digest.defaultTimeZone)]);
    return { ...user, shownTimeZone: zones.get(caller.id) };
  }
}
