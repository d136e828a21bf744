import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type CoordinationOverview, coordinationOverviewSchema } from '@trainaction/contracts';
import { ApiResult, type AuthUser, CurrentUser, Roles } from '@trainaction/platform';
import { CoordinationOverviewService } from './coordination-overview.service';

@ApiTags('coordination')
@ApiBearerAuth()
@Roles('coordinator', 'admin')
@Controller('coordination')
export class CoordinationController {
  constructor(private readonly overview: CoordinationOverviewService) {}

  @Get('overview')
  @ApiOperation({
    summary:
      'A coordinator’s home: cohorts running now, participation this week against last (the person’s local week), pending invitations, reviews waiting, open flags',
  })
  @ApiResult(coordinationOverviewSchema)
  get(@CurrentUser() caller: AuthUser): Promise<CoordinationOverview> {
    return this.overview.overview(caller);
  }
}
