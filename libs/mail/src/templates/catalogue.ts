import type { Locale } from '@trainaction/contracts';
import { emailVerificationContent, type EmailVerificationParams } from './email-verification';
import { enrolmentNoticeContent, type EnrolmentNoticeParams } from './enrolment-notice';
import { invitationContent, type InvitationParams } from './invitation';
import { renderContent, type MailContent, type RenderedMail } from './layout';
import { notificationMailContent, type NotificationMailParams } from './notification';
import { notificationDigestContent, type NotificationDigestParams } from './notification-digest';
import { passwordResetContent, type PasswordResetParams } from './password-reset';
import { registrationAttemptContent, type RegistrationAttemptParams } from './registration-attempt';

/** Every mail the academy sends, by template name, with the parameters each needs. */
export interface MailTemplates {
  'password-reset': PasswordResetParams;
  'registration-attempt': RegistrationAttemptParams;
  invitation: InvitationParams;
  'enrolment-notice': EnrolmentNoticeParams;
  'email-verification': EmailVerificationParams;
  notification: NotificationMailParams;
  'notification-digest': NotificationDigestParams;
}
export type MailTemplateName = keyof MailTemplates;

const CONTENT: { [K in MailTemplateName]: (params: MailTemplates[K], locale: Locale, academy: string) => MailContent } = {
  'password-reset': passwordResetContent,
  'registration-attempt': registrationAttemptContent,
  invitation: invitationContent,
  'enrolment-notice': enrolmentNoticeContent,
  'email-verification': emailVerificationContent,
  notification: notificationMailContent,
  'notification-digest': notificationDigestContent,
};

export function isMailTemplate(name: string): name is MailTemplateName {
  return Object.hasOwn(CONTENT, name);
}

/**
 * The subject, plain text and HTML of a stored mail in its recipient's language. Throws for an unknown
 * template or a locale without strings: such a mail can never be sent, and the worker fails it at once.
 */
export function renderMail(template: string, params: Record<string, unknown>, locale: Locale, academy: string): RenderedMail {
  if (!isMailTemplate(template)) throw new Error(`unknown mail template ${template}`);
  const content = (CONTENT[template] as (p: unknown, l: Locale, a: string) => MailContent)(params, locale, academy);
  return renderContent(content, locale, academy);
}
