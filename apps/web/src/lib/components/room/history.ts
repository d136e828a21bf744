import type { MessageView, Page } from '@trainaction/contracts';

/** A page of a room's history through this server (`/rooms/:id/messages`), or null when it could not be read. */
export async function fetchRoomMessages(roomId: string, query: Record<string, string>): Promise<Page<MessageView> | null> {
  try {
    const response = await fetch(`/rooms/${roomId}/messages?${new URLSearchParams(query)}`, {
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return null;
    return (await response.json()) as Page<MessageView>;
  } catch {
    return null;
  }
}
