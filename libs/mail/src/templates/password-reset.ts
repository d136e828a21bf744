import type { Locale } from '@trainaction/contracts';
import type { MailContent } from './layout';
import { duration } from './plural';

export interface PasswordResetParams {
  displayName: string;
  /** `PUBLIC_ORIGIN/reset-password?token=…`: single use. */
  link: string;
  validMinutes: number;
}

type Strings = (p: PasswordResetParams, academy: string) => MailContent;

const STRINGS: Record<Locale, Strings> = {
  es: (p, academy) => ({
    subject: `Elija una contraseña nueva para ${academy}`,
    greeting: `Hola, ${p.displayName}:`,
    intro: [`Recibimos una solicitud para cambiar la contraseña de su cuenta en ${academy}.`],
    action: { label: 'Elegir una contraseña nueva', url: p.link },
    outro: [
      {
        text: `El enlace vale durante ${duration('es', p.validMinutes)} y sirve una sola vez. Al cambiar la contraseña se cierran todas las sesiones abiertas de su cuenta.`,
      },
      { text: 'Si no lo pidió usted, ignore este mensaje: su contraseña no cambia.' },
    ],
  }),
  en: (p, academy) => ({
    subject: `Choose a new password for ${academy}`,
    greeting: `Hello ${p.displayName},`,
    intro: [`We received a request to change the password of your ${academy} account.`],
    action: { label: 'Choose a new password', url: p.link },
    outro: [
      {
        text: `The link works for ${duration('en', p.validMinutes)} and only once. Changing the password signs your account out everywhere.`,
      },
      { text: 'If you did not ask for this, ignore this message: your password stays the same.' },
    ],
  }),
};

export function passwordResetContent(params: PasswordResetParams, locale: Locale, academy: string): MailContent {
  return STRINGS[locale](params, academy);
}
