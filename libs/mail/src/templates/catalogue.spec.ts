import { describe, expect, it } from 'vitest';
import { renderMail } from './catalogue';
import { duration, plural } from './plural';

const reset = { displayName: 'Ana <b>López</b>', link: 'https://academia.example.org/reset-password?token=abc.def', validMinutes: 60 };

describe(renderMail.name, () => {
  it('renders the reset mail in Spanish, text and accessible HTML from the same words', () => {
    const sut = renderMail('password-reset', reset, 'es', 'Academia Centroamericana');
    expect(sut.subject).toBe('Elija una contraseña nueva para Academia Centroamericana');
    expect(sut.text).toContain('Hola, Ana <b>López</b>:');
    expect(sut.text).toContain('Elegir una contraseña nueva:\nhttps://academia.example.org/reset-password?token=abc.def');
    expect(sut.text).toContain('vale durante 1 hora y sirve una sola vez');
    expect(sut.html).toContain('<html lang="es">');
    expect(sut.html).toContain('<title>Elija una contraseña nueva para Academia Centroamericana</title>');
    expect(sut.html).toContain('Hola, Ana &lt;b&gt;López&lt;/b&gt;:');
    expect(sut.html).toContain('href="https://academia.example.org/reset-password?token=abc.def"');
    expect(sut.html).not.toMatch(/<img|<script/i);
  });

  it('renders it in English for an English-speaking recipient', () => {
    const sut = renderMail('password-reset', { ...reset, validMinutes: 90 }, 'en', 'TrainAction');
    expect(sut.subject).toBe('Choose a new password for TrainAction');
    expect(sut.text).toContain('The link works for 90 minutes and only once.');
    expect(sut.html).toContain('<html lang="en">');
  });

  it('renders the registration-attempt mail with a sign-in button and a link to ask for a new password', () => {
    const sut = renderMail(
      'registration-attempt',
      { displayName: 'Ana', signInLink: 'https://a.example/login', forgotLink: 'https://a.example/forgot-password' },
      'es',
      'TrainAction',
    );
    expect(sut.subject).toBe('Alguien intentó crear una cuenta en TrainAction con su dirección');
    expect(sut.text).toContain('Iniciar sesión en TrainAction:\nhttps://a.example/login');
    expect(sut.text).toContain('Pida un enlace para elegir una nueva: https://a.example/forgot-password');
  });

  it('refuses unknown templates and links that are not http(s)', () => {
    expect(() => renderMail('nope', {}, 'es', 'A')).toThrow(/unknown mail template/);
    expect(() => renderMail('password-reset', { ...reset, link: 'javascript:alert(1)' }, 'es', 'A')).toThrow(/javascript/);
  });
});

describe(plural.name, () => {
  it('picks the form by the language’s plural rules', () => {
    expect(plural('es', 1, { one: 'hora', other: 'horas' })).toBe('1 hora');
    expect(plural('es', 2, { one: 'hora', other: 'horas' })).toBe('2 horas');
    expect(plural('en', 0, { one: 'hour', other: 'hours' })).toBe('0 hours');
  });

  it('says whole hours in hours and anything else in minutes', () => {
    expect([duration('es', 60), duration('es', 120), duration('en', 1), duration('en', 45)]).toEqual([
      '1 hora',
      '2 horas',
      '1 minute',
      '45 minutes',
    ]);
  });
});
