import {
  changeRoleSchema,
  invitationAcceptSchema,
  linkTokenSchema,
  listUsersQuerySchema,
  loginSchema,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
  registerSchema,
  updateProfileSchema,
} from '@trainaction/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class RegisterDto extends createZodDto(registerSchema) {}
export class LoginDto extends createZodDto(loginSchema) {}
export class PasswordResetRequestDto extends createZodDto(passwordResetRequestSchema) {}
export class PasswordResetConfirmDto extends createZodDto(passwordResetConfirmSchema) {}
export class InvitationAcceptDto extends createZodDto(invitationAcceptSchema) {}
export class LinkTokenDto extends createZodDto(linkTokenSchema) {}
export class UpdateProfileDto extends createZodDto(updateProfileSchema) {}
export class ChangeRoleDto extends createZodDto(changeRoleSchema) {}
export class ListUsersQueryDto extends createZodDto(listUsersQuerySchema) {}
export class UserStatusDto extends createZodDto(z.strictObject({ disabled: z.boolean() })) {}
