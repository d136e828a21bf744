export * from './identity.module';
export * from './password-hasher';
export * from './users.repository';
export * from './users.service';
export { REFRESH_COOKIE } from './refresh-cookie';
export { EmailVerification } from './email-verification.service';
export { Invitations, type InvitationContext } from './invitations.service';
export { ListUsersQueryDto } from './identity.dto';
