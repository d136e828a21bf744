import { describe, expect, it } from 'vitest';
import { renderMail } from './catalogue';
import { duration } from './plural';

const course = { es: 'Seguridad ciudadana', en: 'Citizen security' };
const invitation = {
  displayName: 'Nadia',
  inviterName: 'Carla <b>Coordinadora</b>',
  cohortName: 'Cohorte Honduras',
  courseTitle: course,
  link: 'https://academia.example.org/invitation?token=abc.def',
  validMinutes: 7 * 1440,
};

describe('onboarding mails', () => {
  it('invites in Spanish with the cohort, the course, who invited and a single-use link', () => {
    const sut = renderMail('invitation', invitation, 'es', 'Academia');
    expect(sut.subject).toBe('Invitación a Cohorte Honduras en Academia');
    expect(sut.text).toContain(
      'Carla <b>Coordinadora</b> le inscribió en la cohorte «Cohorte Honduras» del curso «Seguridad ciudadana» en Academia.',
    );
    expect(sut.text).toContain('Elegir mi contraseña y entrar:\nhttps://academia.example.org/invitation?token=abc.def');
    expect(sut.text).toContain('El enlace vale durante 7 días y sirve una sola vez.');
    expect(sut.html).toContain('Carla &lt;b&gt;Coordinadora&lt;/b&gt;');
    expect(sut.html).not.toMatch(/<img|<script/i);
  });

  it('invites in English, with the course’s English title or its Spanish one when there is none', () => {
    expect(renderMail('invitation', invitation, 'en', 'Academy').text).toContain('of the course “Citizen security” at Academy');
    const spanishOnly = renderMail(
      'invitation',
      { ...invitation, courseTitle: { es: 'Solo español' }, validMinutes: 1440 },
      'en',
      'Academy',
    );
    expect(spanishOnly.text).toContain('“Solo español”');
    expect(spanishOnly.text).toContain('The link works for 24 hours and only once.');
  });

  it('tells a person with an account where the cohort is, with no password link', () => {
    const sut = renderMail(
      'enrolment-notice',
      {
        displayName: 'Eva',
        inviterName: 'Carla',
        cohortName: 'Cohorte Honduras',
        courseTitle: course,
        cohortLink: 'https://a.example/cohorts/1',
        forgotLink: 'https://a.example/forgot-password',
      },
      'es',
      'Academia',
    );
    expect(sut.subject).toBe('Le inscribieron en Cohorte Honduras en Academia');
    expect(sut.text).toContain('Ver la cohorte:\nhttps://a.example/cohorts/1');
    expect(sut.text).not.toContain('token=');
  });

  it('asks a registered person to confirm the address', () => {
    const sut = renderMail(
      'email-verification',
      { displayName: 'Ana', link: 'https://a.example/verify-email?token=x.y', validMinutes: 2880 },
      'en',
      'TrainAction',
    );
    expect(sut.subject).toBe('Confirm your e-mail address at TrainAction');
    expect(sut.text).toContain('The link works for 48 hours and only once.');
  });

  it('says whole days from three days up', () => {
    expect([duration('es', 3 * 1440), duration('en', 1440), duration('en', 7 * 1440)]).toEqual(['3 días', '24 hours', '7 days']);
  });
});
