import type { NotificationView } from '@trainaction/contracts';
import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { notificationKindLabel, notificationQuote, notificationText, unsubscribeWhat } from './notifications';

const n = (kind: string, params: NotificationView['params'], text?: string) => ({ kind, params, text });

describe(notificationText.name, () => {
  it('renders each stored kind and its parameters in Spanish and in English', () => {
    const cases: [ReturnType<typeof n>, string, string][] = [
      [n('mention', { actor: 'Ana', thread: 'Datos' }), 'Ana le mencionó en «Datos»', 'Ana mentioned you in “Datos”'],
      [
        n('mention', { actor: 'Ana', room: 'Sala general', excerpt: 'Hola' }),
        'Ana le mencionó en la sala «Sala general»',
        'Ana mentioned you in the room “Sala general”',
      ],
      [n('mention', { actor: 'Ana', excerpt: 'Hola' }), 'Ana le mencionó en una sala', 'Ana mentioned you in a room'],
      [n('forum_reply', { actor: 'Beto', thread: 'Casos' }), 'Beto respondió en «Casos»', 'Beto replied in “Casos”'],
      [n('forum_reply', { thread: 'Casos' }), 'Un participante respondió en «Casos»', 'A participant replied in “Casos”'],
      [n('announcement', { thread: 'Sesión del jueves' }), 'Anuncio: Sesión del jueves', 'Announcement: Sesión del jueves'],
      [
        n('submission_accepted', { activity: { es: 'Diagnóstico', en: 'Assessment' } }),
        'Su entrega de «Diagnóstico» fue aceptada',
        'Your submission for “Assessment” was accepted',
      ],
      [
        n('submission_returned', { activity: { es: 'Diagnóstico' } }),
        'Su entrega de «Diagnóstico» fue devuelta con comentarios',
        'Your submission for “Diagnóstico” was returned with comments',
      ],
      [
        n('flag_resolved', { outcome: 'resolved', room: 'Sala general' }),
        'La moderación revisó su reporte sobre un mensaje de la sala «Sala general» y tomó medidas.',
        'Moderators reviewed your report about a message in the room “Sala general” and took action.',
      ],
      [
        n('flag_resolved', { outcome: 'rejected' }),
        'La moderación revisó su reporte y no encontró una falta a las normas.',
        'Moderators reviewed your report and found no breach of the rules.',
      ],
    ];
    for (const [stored, es, en] of cases) {
      expect(notificationText(stored, 'es')).toBe(es);
      expect(notificationText(stored, 'en')).toBe(en);
    }
  });

  it('follows the current language when none is given (Spanish without a cookie)', () => {
    expect(notificationText(n('announcement', { thread: 'T' }))).toBe('Anuncio: T');
  });

  it('shows a sentence stored before kinds had parameters as it was written, and a general one otherwise', () => {
    expect(notificationText(n('forum_reply', {}, 'Texto antiguo del servidor'), 'en')).toBe('Texto antiguo del servidor');
    expect(notificationText(n('moderation', {}), 'en')).toBe('You have a new notification');
  });

  it('quotes a room message as written', () => {
    expect(notificationQuote(n('mention', { actor: 'Ana', room: 'S', excerpt: '¿Tiene los datos?' }))).toBe('¿Tiene los datos?');
    expect(notificationQuote(n('announcement', { thread: 'T' }))).toBeUndefined();
  });
});

describe(notificationKindLabel.name, () => {
  it('names every kind, announcements included', () => {
    expect(notificationKindLabel('announcement')).toBe('Anuncio');
    expect(notificationKindLabel('flag_resolved')).toBe('Reporte');
    expect(notificationKindLabel('something_new')).toBe('Aviso');
  });
});

describe('plural forms', () => {
  it('counts unread notifications with the right form in each language', () => {
    expect(m.notif_unread_count({ count: 1 }, { locale: 'es' })).toBe('1 notificación sin leer');
    expect(m.notif_unread_count({ count: 3 }, { locale: 'es' })).toBe('3 notificaciones sin leer');
    expect(m.notif_unread_count({ count: 1_000_000 }, { locale: 'es' })).toBe('1000000 notificaciones sin leer');
    expect(m.notif_unread_count({ count: 1 }, { locale: 'en' })).toBe('1 unread notification');
    expect(m.notif_unread_count({ count: 0 }, { locale: 'en' })).toBe('0 unread notifications');
  });
});

describe(unsubscribeWhat.name, () => {
  it('names what a link stops in the person’s language', () => {
    expect(unsubscribeWhat('digest', 'es')).toBe('el resumen diario por correo');
    expect(unsubscribeWhat('mentions', 'en')).toBe('mention e-mails');
  });
});
