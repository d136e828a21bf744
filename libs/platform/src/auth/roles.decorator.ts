import { SetMetadata } from '@nestjs/common';
import type { Role } from '@trainaction/contracts';

export const ROLES_KEY = 'trainaction:roles';

/** Restricts a route to callers whose global role is one of these. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
