import { describe, expect, it } from 'vitest';
import { fieldErrorMessage, fieldErrorMessages, formErrorMessage } from './errors';

// Messages follow the current language; with no cookie in the test document that is Spanish, the default.
describe(formErrorMessage.name, () => {
  it('reads a 401 at sign-in as wrong credentials, and elsewhere as an ended session', () => {
    expect(formErrorMessage('UNAUTHENTICATED', 'login')).toBe('El correo electrónico o la contraseña no son correctos.');
    expect(formErrorMessage('UNAUTHENTICATED')).toBe('Su sesión terminó. Inicie sesión de nuevo.');
  });

  it('asks the person to wait after too many attempts', () => {
    expect(formErrorMessage('RATE_LIMITED', 'login')).toMatch(/demasiados intentos/i);
  });

  it('explains a refused role change in terms of who may assign what', () => {
    expect(formErrorMessage('FORBIDDEN', 'roleChange')).toMatch(/participante y facilitación/);
    expect(formErrorMessage('FORBIDDEN')).toBe('No tiene permiso para realizar esta acción.');
  });

  it('says the service is unavailable when the API cannot be reached', () => {
    expect(formErrorMessage('UNAVAILABLE')).toMatch(/no está disponible/);
  });

  it('falls back to a calm generic sentence for unknown and internal errors', () => {
    expect(formErrorMessage('UNKNOWN')).toBe('Ocurrió un error inesperado. Inténtelo de nuevo.');
    expect(formErrorMessage('INTERNAL')).toBe(formErrorMessage('UNKNOWN'));
  });

  it('answers in English when asked to', async () => {
    const { m } = await import('$lib/paraglide/messages');
    expect(m.error_unauthenticated_login({}, { locale: 'en' })).toBe('The email or password is not correct.');
  });
});

describe(fieldErrorMessage.name, () => {
  it('tells that an e-mail is already registered when the API reports a conflict on it', () => {
    expect(fieldErrorMessage('email', 'taken')).toMatch(/ya existe una cuenta/i);
    expect(fieldErrorMessage('email', 'invalid')).toMatch(/correo electrónico válida/);
  });

  it('states the password rule, or asks for the password when it is missing', () => {
    expect(fieldErrorMessage('password', 'invalid')).toMatch(/10 y 200 caracteres/);
    expect(fieldErrorMessage('password', 'required')).toBe('Escriba su contraseña.');
  });

  it('has a message for every profile field and a generic one for the rest', () => {
    for (const field of ['displayName', 'country', 'gender', 'genderText', 'sector', 'organization', 'locale', 'role']) {
      expect(fieldErrorMessage(field, 'invalid')).not.toBe(fieldErrorMessage('somethingElse', 'invalid'));
    }
    expect(fieldErrorMessage('somethingElse', 'invalid')).toBe('Revise este campo.');
  });

  it('words a whole failure at once', () => {
    expect(fieldErrorMessages({ country: 'invalid' })).toEqual({ country: 'Seleccione un país.' });
    expect(fieldErrorMessages(undefined)).toEqual({});
  });
});
