import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page, UserView } from '@trainaction/contracts';
import { CurrentUser, Roles, type AuthUser } from '@trainaction/platform';
import { ChangeRoleDto, ListUsersQueryDto, UpdateProfileDto, UserStatusDto } from './identity.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('me')
  @ApiOperation({ summary: 'The signed-in user' })
  me(@CurrentUser() caller: AuthUser): Promise<UserView> {
    return this.users.me(caller);
  }

  @Patch('me')
  @ApiOperation({ summary: 'Change my profile (not my role)' })
  updateMe(@CurrentUser() caller: AuthUser, @Body() body: UpdateProfileDto): Promise<UserView> {
    return this.users.updateProfile(caller, body);
  }

  @Get('users')
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'List accounts (coordinators and admins); `q` searches names and e-mails' })
  list(@CurrentUser() caller: AuthUser, @Query() query: ListUsersQueryDto): Promise<Page<UserView>> {
    return this.users.list(caller, query.cursor, query.limit, query.role, query.q);
  }

  @Get('users/:id')
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'One account (coordinators and admins)' })
  get(@CurrentUser() caller: AuthUser, @Param('id') id: string): Promise<UserView> {
    return this.users.get(caller, id);
  }

  @Patch('users/:id/status')
  @Roles('admin')
  @ApiOperation({ summary: 'Disable or enable an account (admins)' })
  setStatus(@CurrentUser() caller: AuthUser, @Param('id') id: string, @Body() body: UserStatusDto): Promise<UserView> {
    return this.users.setDisabled(caller, id, body.disabled);
  }

  @Patch('users/:id/role')
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'Change the global role of another account' })
  changeRole(@CurrentUser() caller: AuthUser, @Param('id') id: string, @Body() body: ChangeRoleDto): Promise<UserView> {
    return this.users.changeRole(caller, id, body.role);
  }
}
