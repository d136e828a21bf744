import type { Locale } from '@trainaction/contracts';
import type { MailContent } from './layout';

/** To the holder of an address someone tried to register again (registration answers alike, so it tells them here). */
export interface RegistrationAttemptParams {
  displayName: string;
  signInLink: string;
  /** The page to ask for a reset link (not a reset link itself: nobody asked for one). */
  forgotLink: string;
}

type Strings = (p: RegistrationAttemptParams, academy: string) => MailContent;

const STRINGS: Record<Locale, Strings> = {
  es: (p, academy) => ({
    subject: `Alguien intentó crear una cuenta en ${academy} con su dirección`,
    greeting: `Hola, ${p.displayName}:`,
    intro: [
      `Alguien intentó crear una cuenta nueva en ${academy} con esta dirección de correo, que ya tiene una cuenta. Su cuenta no ha cambiado.`,
      'Si fue usted, inicie sesión con su contraseña.',
    ],
    action: { label: `Iniciar sesión en ${academy}`, url: p.signInLink },
    outro: [
      { text: '¿No recuerda su contraseña?', link: { label: 'Pida un enlace para elegir una nueva', url: p.forgotLink } },
      { text: 'Si no fue usted, puede ignorar este mensaje: nadie entra en su cuenta sin su contraseña.' },
    ],
  }),
  en: (p, academy) => ({
    subject: `Someone tried to create a ${academy} account with your address`,
    greeting: `Hello ${p.displayName},`,
    intro: [
      `Someone tried to create a new ${academy} account with this e-mail address, which already has an account. Your account has not changed.`,
      'If it was you, sign in with your password.',
    ],
    action: { label: `Sign in to ${academy}`, url: p.signInLink },
    outro: [
      { text: 'Forgot your password?', link: { label: 'Ask for a link to choose a new one', url: p.forgotLink } },
      { text: 'If it was not you, you can ignore this message: nobody gets into your account without your password.' },
    ],
  }),
};

export function registrationAttemptContent(params: RegistrationAttemptParams, locale: Locale, academy: string): MailContent {
  return STRINGS[locale](params, academy);
}
