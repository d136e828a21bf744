import type { LocalizedText, Locale } from '@trainaction/contracts';
import type { MailContent } from './layout';
import { duration } from './plural';

/** To a person a coordinator enrolled who has no password yet: a single-use link to choose one. */
export interface InvitationParams {
  displayName: string;
  inviterName: string;
  cohortName: string;
  courseTitle: LocalizedText;
  /** `PUBLIC_ORIGIN/invitation?token=…`: single use; a newer invitation replaces it. */
  link: string;
  validMinutes: number;
}

type Strings = (p: InvitationParams, academy: string) => MailContent;

const STRINGS: Record<Locale, Strings> = {
  es: (p, academy) => ({
    subject: `Invitación a ${p.cohortName} en ${academy}`,
    greeting: `Hola, ${p.displayName}:`,
    intro: [
      `${p.inviterName} le inscribió en la cohorte «${p.cohortName}» del curso «${p.courseTitle.es}» en ${academy}.`,
      'Para entrar, elija su contraseña con el botón de abajo.',
    ],
    action: { label: 'Elegir mi contraseña y entrar', url: p.link },
    outro: [
      {
        text: `El enlace vale durante ${duration('es', p.validMinutes)} y sirve una sola vez. Si vence, la página del enlace le permite pedir una invitación nueva.`,
      },
      { text: 'Si no esperaba esta invitación, puede ignorar este mensaje.' },
    ],
  }),
  en: (p, academy) => ({
    subject: `Invitation to ${p.cohortName} at ${academy}`,
    greeting: `Hello ${p.displayName},`,
    intro: [
      `${p.inviterName} enrolled you in the cohort “${p.cohortName}” of the course “${p.courseTitle.en ?? p.courseTitle.es}” at ${academy}.`,
      'To come in, choose your password with the button below.',
    ],
    action: { label: 'Choose my password and sign in', url: p.link },
    outro: [
      {
        text: `The link works for ${duration('en', p.validMinutes)} and only once. If it expires, its page lets you ask for a new invitation.`,
      },
      { text: 'If you were not expecting this invitation, you can ignore this message.' },
    ],
  }),
};

export function invitationContent(params: InvitationParams, locale: Locale, academy: string): MailContent {
  return STRINGS[locale](params, academy);
}
