import { Body, Controller, Get, Param, Patch, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { acceptedSchema, type UserView, userViewSchema } from '@trainaction/contracts';
import { ApiResult, type AuthUser, CurrentUser, Roles } from '@trainaction/platform';
import { ChangeRoleDto, UpdateProfileDto, UserStatusDto } from './identity.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Patch('me')
  @ApiOperation({ summary: 'Change my profile (not my role)' })
  @ApiResult(userViewSchema)
  updateMe(@CurrentUser() caller: AuthUser, @Body() body: UpdateProfileDto): Promise<UserView> {
    return this.users.updateProfile(caller, body);
  }

  @Get('users/:id')
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'One account (coordinators and admins)' })
  @ApiResult(userViewSchema)
  get(@CurrentUser() caller: AuthUser, @Param('id') id: string): Promise<UserView> {
    return this.users.get(caller, id);
  }

  @Post('users/:id/password-reset')
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'Mail the person a password-reset link (coordinators and admins)' })
  @ApiResult(acceptedSchema, { status: 202 })
  async sendPasswordReset(@CurrentUser() caller: AuthUser, @Param('id') id: string, @Req() req: Request): Promise<{ status: 'accepted' }> {
    await this.users.sendPasswordReset(caller, id, req.ip ?? 'unknown');
    return { status: 'accepted' };
  }

  @Patch('users/:id/status')
  @Roles('admin')
  @ApiOperation({ summary: 'Disable or enable an account (admins)' })
  @ApiResult(userViewSchema)
  setStatus(@CurrentUser() caller: AuthUser, @Param('id') id: string, @Body() body: UserStatusDto): Promise<UserView> {
    return this.users.setDisabled(caller, id, body.disabled);
  }

  @Patch('users/:id/role')
  @Roles('coordinator', 'admin')
  @ApiOperation({ summary: 'Change the global role of another account' })
  @ApiResult(userViewSchema)
  changeRole(@CurrentUser() caller: AuthUser, @Param('id') id: string, @Body() body: ChangeRoleDto): Promise<UserView> {
    return this.users.changeRole(caller, id, body.role);
  }
}
