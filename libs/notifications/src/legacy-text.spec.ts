import { describe, expect, it } from 'vitest';
import { paramsFromLegacyText } from './legacy-text';

describe(paramsFromLegacyText.name, () => {
  it('reads back the sentences the services wrote, one per kind', () => {
    expect(paramsFromLegacyText('forum_reply', 'Ana López respondió en «Prevención comunitaria»')).toEqual({
      actor: 'Ana López',
      thread: 'Prevención comunitaria',
    });
    expect(paramsFromLegacyText('mention', 'Beto le mencionó en «¿Qué funciona?»', '/forum/threads/1#post-2')).toEqual({
      actor: 'Beto',
      thread: '¿Qué funciona?',
    });
    expect(paramsFromLegacyText('announcement', 'Anuncio: Sesión del jueves')).toEqual({ thread: 'Sesión del jueves' });
    expect(paramsFromLegacyText('submission_accepted', 'Diagnóstico local: aceptada')).toEqual({ activity: { es: 'Diagnóstico local' } });
    expect(paramsFromLegacyText('submission_returned', 'Diagnóstico: fase 1: devuelta con comentarios')).toEqual({
      activity: { es: 'Diagnóstico: fase 1' },
    });
  });

  it('takes an anonymous reply as one without an actor', () => {
    expect(paramsFromLegacyText('forum_reply', 'Un participante respondió en «Consultas»')).toEqual({ thread: 'Consultas' });
  });

  it('reads a room mention (name, colon, the message) only when it links to a room', () => {
    expect(paramsFromLegacyText('mention', 'Carla Ruiz: Hola @Ana, ¿vio los datos?', '/rooms/abc?message=def')).toEqual({
      actor: 'Carla Ruiz',
      excerpt: 'Hola @Ana, ¿vio los datos?',
    });
    expect(paramsFromLegacyText('mention', 'Carla Ruiz: Hola', '/forum/threads/1')).toBeNull();
  });

  it('leaves any other sentence alone (it stays, shown as written)', () => {
    expect(paramsFromLegacyText('forum_reply', 'Algo que nadie escribió así')).toBeNull();
    expect(paramsFromLegacyText('moderation', 'Su mensaje fue ocultado')).toBeNull();
  });
});
