import type { Locale } from '@trainaction/contracts';
import type { MailContent } from './layout';
import { duration } from './plural';

/** To a person who registered: a single-use link that confirms the address, so they may post. */
export interface EmailVerificationParams {
  displayName: string;
  /** `PUBLIC_ORIGIN/verify-email?token=…`: single use; a newer one replaces it. */
  link: string;
  validMinutes: number;
}

type Strings = (p: EmailVerificationParams, academy: string) => MailContent;

const STRINGS: Record<Locale, Strings> = {
  es: (p, academy) => ({
    subject: `Confirme su dirección de correo en ${academy}`,
    greeting: `Hola, ${p.displayName}:`,
    intro: [`Gracias por crear su cuenta en ${academy}. Confirme que esta dirección es suya para poder escribir en las salas y los foros.`],
    action: { label: 'Confirmar mi dirección', url: p.link },
    outro: [
      {
        text: `El enlace vale durante ${duration('es', p.validMinutes)} y sirve una sola vez. Si vence, pida otro desde el aviso que verá al iniciar sesión.`,
      },
      { text: 'Si no creó usted esta cuenta, ignore este mensaje: sin confirmar, la cuenta no puede publicar nada.' },
    ],
  }),
  en: (p, academy) => ({
    subject: `Confirm your e-mail address at ${academy}`,
    greeting: `Hello ${p.displayName},`,
    intro: [`Thank you for creating your ${academy} account. Confirm that this address is yours to write in the rooms and forums.`],
    action: { label: 'Confirm my address', url: p.link },
    outro: [
      {
        text: `The link works for ${duration('en', p.validMinutes)} and only once. If it expires, ask for another from the notice you will see when you sign in.`,
      },
      { text: 'If you did not create this account, ignore this message: unconfirmed, it cannot publish anything.' },
    ],
  }),
};

export function emailVerificationContent(params: EmailVerificationParams, locale: Locale, academy: string): MailContent {
  return STRINGS[locale](params, academy);
}
