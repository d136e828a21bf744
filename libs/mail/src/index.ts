export * from './mail.module';
export { MailOutbox, type MailToSend } from './mail-outbox';
export { MailWorker } from './mail-worker';
export type { MailTemplateName, MailTemplates } from './templates/catalogue';
export { renderMail } from './templates/catalogue';
export { DIGEST_MAX_ITEMS } from './templates/notification-digest';
export type { MailNotification } from './templates/notification-text';
