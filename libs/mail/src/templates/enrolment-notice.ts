import type { LocalizedText, Locale } from '@trainaction/contracts';
import type { MailContent } from './layout';

/** To a person with an account whom a coordinator enrolled: where to find the cohort (no password link). */
export interface EnrolmentNoticeParams {
  displayName: string;
  inviterName: string;
  cohortName: string;
  courseTitle: LocalizedText;
  /** The cohort's page (sign-in first when needed). */
  cohortLink: string;
  /** The page to ask for a reset link, for someone who forgot their password. */
  forgotLink: string;
}

type Strings = (p: EnrolmentNoticeParams, academy: string) => MailContent;

const STRINGS: Record<Locale, Strings> = {
  es: (p, academy) => ({
    subject: `Le inscribieron en ${p.cohortName} en ${academy}`,
    greeting: `Hola, ${p.displayName}:`,
    intro: [
      `${p.inviterName} le inscribió en la cohorte «${p.cohortName}» del curso «${p.courseTitle.es}» en ${academy}.`,
      'Inicie sesión con su cuenta de siempre para verla.',
    ],
    action: { label: 'Ver la cohorte', url: p.cohortLink },
    outro: [{ text: '¿No recuerda su contraseña?', link: { label: 'Pida un enlace para elegir una nueva', url: p.forgotLink } }],
  }),
  en: (p, academy) => ({
    subject: `You were enrolled in ${p.cohortName} at ${academy}`,
    greeting: `Hello ${p.displayName},`,
    intro: [
      `${p.inviterName} enrolled you in the cohort “${p.cohortName}” of the course “${p.courseTitle.en ?? p.courseTitle.es}” at ${academy}.`,
      'Sign in with your usual account to see it.',
    ],
    action: { label: 'See the cohort', url: p.cohortLink },
    outro: [{ text: 'Forgot your password?', link: { label: 'Ask for a link to choose a new one', url: p.forgotLink } }],
  }),
};

export function enrolmentNoticeContent(params: EnrolmentNoticeParams, locale: Locale, academy: string): MailContent {
  return STRINGS[locale](params, academy);
}
