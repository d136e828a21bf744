export * from './identity.module';
export * from './password-hasher';
export * from './users.repository';
export * from './users.service';
export { REFRESH_COOKIE } from './auth.controller';
