import DOMPurify from 'dompurify';
import { Marked } from 'marked';

/** Chat Markdown: single line breaks count (Shift+Enter), no headings, images, tables or raw HTML effects. */
export const ROOM_MARKDOWN_TAGS = ['p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a'];

export const roomMarked = new Marked({ gfm: true, breaks: true, async: false });

let hooked = false;

/**
 * A message body as safe HTML, in the browser (DOMPurify needs a DOM). Links may only be http(s) or mailto and
 * open without access to this page; the server renders the first page with the same rules (room-markdown.ts).
 */
export function renderRoomMarkdown(source: string): string {
  if (typeof window === 'undefined' || !DOMPurify.isSupported) return escapeHtml(source);
  if (!hooked) {
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A') {
        const href = node.getAttribute('href') ?? '';
        if (!/^(https?:|mailto:)/i.test(href)) node.removeAttribute('href');
        else node.setAttribute('rel', 'noopener noreferrer nofollow');
      }
    });
    hooked = true;
  }
  const html = roomMarked.parse(source ?? '') as string;
  return DOMPurify.sanitize(html, { ALLOWED_TAGS: ROOM_MARKDOWN_TAGS, ALLOWED_ATTR: ['href', 'title', 'rel'] }).trim();
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * Markdown of messages or posts: the server's first render while the body is unchanged, then the browser's,
 * cached per id and body (edits arrive live).
 */
export function markdownOf(rendered: () => Record<string, { body: string; html: string }>): (item: { id: string; body: string }) => string {
  const cache = new Map<string, { body: string; html: string }>();
  return (item) => {
    const server = rendered()[item.id];
    if (server && server.body === item.body) return server.html;
    const cached = cache.get(item.id);
    if (cached && cached.body === item.body) return cached.html;
    const html = renderRoomMarkdown(item.body);
    cache.set(item.id, { body: item.body, html });
    return html;
  };
}
