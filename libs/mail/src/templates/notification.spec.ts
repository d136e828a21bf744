import { describe, expect, it } from 'vitest';
import { renderMail } from './catalogue';
import { notificationSentence } from './notification-text';

const links = {
  settingsUrl: 'https://academia.example.org/profile#mail',
  unsubscribeUrl: 'https://academia.example.org/api/mail/unsubscribe?token=u.mentions.x',
};

describe('the notification mail', () => {
  it('says what happened in Spanish, with the place as a button and how to stop this mail', () => {
    const sut = renderMail(
      'notification',
      {
        displayName: 'Ana',
        notification: { kind: 'mention', params: { actor: 'Beto Guatemala', thread: 'Datos de homicidios' } },
        group: 'mentions',
        url: 'https://academia.example.org/forum/threads/t1#post-p1',
        ...links,
      },
      'es',
      'Academia',
    );
    expect(sut.subject).toBe('Beto Guatemala le mencionó en «Datos de homicidios»');
    expect(sut.text).toContain('Hola, Ana:\n\nBeto Guatemala le mencionó en «Datos de homicidios».');
    expect(sut.text).toContain('Abrir en Academia:\nhttps://academia.example.org/forum/threads/t1#post-p1');
    expect(sut.text).toContain(
      '¿No quiere recibir los correos de menciones? Darse de baja con un clic: https://academia.example.org/api/mail/unsubscribe?token=',
    );
    expect(sut.html).toContain('<html lang="es">');
  });

  it('says it in English, quoting a room message as written', () => {
    const sut = renderMail(
      'notification',
      {
        displayName: 'Ben',
        notification: { kind: 'mention', params: { actor: 'Ana', room: 'Sala general', excerpt: '¿Tiene los datos, @Ben?' } },
        group: 'mentions',
        url: 'https://academia.example.org/rooms/r1?message=m1',
        ...links,
      },
      'en',
      'Academia',
    );
    expect(sut.subject).toBe('Ana mentioned you in the room “Sala general”');
    expect(sut.text).toContain('Ana mentioned you in the room “Sala general”:\n\n¿Tiene los datos, @Ben?');
    expect(sut.text).toContain('Rather not receive mention e-mails? Unsubscribe with one click:');
  });
});

describe(notificationSentence.name, () => {
  it('renders every kind from its parameters in both languages', () => {
    const cases = [
      [
        { kind: 'forum_reply', params: { thread: 'Consultas' } },
        'Un participante respondió en «Consultas»',
        'A participant replied in “Consultas”',
      ],
      [{ kind: 'announcement', params: { thread: 'Sesión' } }, 'Anuncio: Sesión', 'Announcement: Sesión'],
      [
        { kind: 'submission_accepted', params: { activity: { es: 'Diagnóstico', en: 'Assessment' } } },
        'Su entrega de «Diagnóstico» fue aceptada',
        'Your submission for “Assessment” was accepted',
      ],
      [
        { kind: 'submission_returned', params: { activity: { es: 'Diagnóstico' } } },
        'Su entrega de «Diagnóstico» fue devuelta con comentarios',
        'Your submission for “Diagnóstico” was returned with comments',
      ],
    ] as const;
    for (const [n, es, en] of cases) {
      expect(notificationSentence(n, 'es')).toBe(es);
      expect(notificationSentence(n, 'en')).toBe(en);
    }
  });

  it('falls back to a stored sentence, then to a general one', () => {
    expect(notificationSentence({ kind: 'mention', params: {}, text: 'Texto antiguo' }, 'en')).toBe('Texto antiguo');
    expect(notificationSentence({ kind: 'unknown', params: {} }, 'en')).toBe('You have a new notification');
  });
});

describe('the daily digest', () => {
  const item = (kind: string, params: Record<string, unknown>, group: 'mentions' | 'replies' | 'reviews' | 'announcements') => ({
    notification: { kind, params },
    group,
    url: 'https://academia.example.org/forum/threads/t1',
  });

  it('lists the notifications under a heading per group with plural counts, and counts those not listed', () => {
    const sut = renderMail(
      'notification-digest',
      {
        displayName: 'Carla',
        items: [item('forum_reply', { actor: 'Ana', thread: 'T' }, 'replies'), item('forum_reply', { thread: 'T' }, 'replies')],
        counts: { replies: 2, mentions: 1 },
        notificationsUrl: 'https://academia.example.org/notifications',
        ...links,
      },
      'es',
      'Academia',
    );
    expect(sut.subject).toBe('Su resumen de Academia: 3 novedades');
    expect(sut.text).toContain('Desde su último resumen tiene 1 mención y 2 respuestas en hilos que sigue.');
    expect(sut.text).toContain(
      '2 respuestas en hilos que sigue\n\n- Ana respondió en «T»\n  https://academia.example.org/forum/threads/t1\n- Un participante',
    );
    expect(sut.text).toContain('Y 1 notificación más en la aplicación.');
    expect(sut.html).toContain('<h2 style="font-size:17px;margin:24px 0 8px">2 respuestas en hilos que sigue</h2>');
    expect(sut.html).toMatch(
      /<ul[^>]*><li[^>]*><a href="https:\/\/academia.example.org\/forum\/threads\/t1"[^>]*>Ana respondió en «T»<\/a><\/li>/,
    );
  });

  it('uses the singular for one, in English', () => {
    const sut = renderMail(
      'notification-digest',
      {
        displayName: 'Ben',
        items: [item('submission_accepted', { activity: { es: 'Diagnóstico', en: 'Assessment' } }, 'reviews')],
        counts: { reviews: 1 },
        notificationsUrl: 'https://academia.example.org/notifications',
        ...links,
      },
      'en',
      'Academia',
    );
    expect(sut.subject).toBe('Your Academia digest: 1 new notification');
    expect(sut.text).toContain('Since your last digest you have 1 review of your submissions.');
    expect(sut.text).toContain('Rather not receive the daily digest?');
  });
});
