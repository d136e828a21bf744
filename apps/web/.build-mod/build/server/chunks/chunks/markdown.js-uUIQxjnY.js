import DOMPurify from 'dompurify';
import { Marked } from 'marked';

// src/lib/components/room/markdown.ts
/** Chat Markdown: single line breaks count (Shift+Enter), no headings, images, tables or raw HTML effects. */
var ROOM_MARKDOWN_TAGS = [
	"p",
	"br",
	"strong",
	"em",
	"del",
	"code",
	"pre",
	"blockquote",
	"ul",
	"ol",
	"li",
	"a"
];
var roomMarked = new Marked({
	gfm: true,
	breaks: true,
	async: false
});
var hooked = false;
/**
* A message body as safe HTML, in the browser (DOMPurify needs a DOM). Links may only be http(s) or mailto and
* open without access to this page; the server renders the first page with the same rules (room-markdown.ts).
*/
function renderRoomMarkdown(source) {
	if (typeof window === "undefined" || !DOMPurify.isSupported) return escapeHtml(source);
	if (!hooked) {
		DOMPurify.addHook("afterSanitizeAttributes", (node) => {
			if (node.tagName === "A") {
				const href = node.getAttribute("href") ?? "";
				if (!/^(https?:|mailto:)/i.test(href)) node.removeAttribute("href");
				else node.setAttribute("rel", "noopener noreferrer nofollow");
			}
		});
		hooked = true;
	}
	const html = roomMarked.parse(source ?? "");
	return DOMPurify.sanitize(html, {
		ALLOWED_TAGS: ROOM_MARKDOWN_TAGS,
		ALLOWED_ATTR: [
			"href",
			"title",
			"rel"
		]
	}).trim();
}
function escapeHtml(text) {
	return text.replace(/[&<>"']/g, (c) => ({
		"&": "&amp;",
		"<": "&lt;",
		">": "&gt;",
		"\"": "&quot;",
		"'": "&#39;"
	})[c]);
}

export { ROOM_MARKDOWN_TAGS as R, renderRoomMarkdown as a, roomMarked as r };
//# sourceMappingURL=markdown.js-uUIQxjnY.js.map
