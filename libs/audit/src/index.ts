export * from './audit.module';
export { AuditLog, type AuditEntry, type AuditQuery } from './audit-log';
export { WITHHELD_ACTOR, type AuditEntryDoc } from './audit.schema';
