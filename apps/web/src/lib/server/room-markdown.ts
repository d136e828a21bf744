import sanitizeHtml from 'sanitize-html';
import { ROOM_MARKDOWN_TAGS, roomMarked } from '$lib/components/room/markdown';

/** The server side of `renderRoomMarkdown`: the same Markdown, the same tags, for the first render of a room. */
export function renderRoomMarkdownOnServer(source: string): string {
  const html = roomMarked.parse(source ?? '') as string;
  return sanitizeHtml(html, {
    allowedTags: ROOM_MARKDOWN_TAGS,
    allowedAttributes: { a: ['href', 'title', 'rel'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    transformTags: {
      a: (tagName, attribs) => {
        const ok = /^(https?:|mailto:)/i.test(attribs.href ?? '');
        const { href, ...rest } = attribs;
        return { tagName, attribs: ok ? { ...rest, href: href!, rel: 'noopener noreferrer nofollow' } : rest };
      },
    },
  }).trim();
}
