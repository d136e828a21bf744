import { r as roomMarked, R as ROOM_MARKDOWN_TAGS } from './markdown.js-uUIQxjnY.js';
import sanitizeHtml from 'sanitize-html';

// src/lib/server/room-markdown.ts
/** The server side of `renderRoomMarkdown`: the same Markdown, the same tags, for the first render of a room. */
function renderRoomMarkdownOnServer(source) {
	const html = roomMarked.parse(source ?? "");
	return sanitizeHtml(html, {
		allowedTags: ROOM_MARKDOWN_TAGS,
		allowedAttributes: { a: [
			"href",
			"title",
			"rel"
		] },
		allowedSchemes: [
			"http",
			"https",
			"mailto"
		],
		allowProtocolRelative: false,
		transformTags: { a: (tagName, attribs) => {
			const ok = /^(https?:|mailto:)/i.test(attribs.href ?? "");
			const { href, ...rest } = attribs;
			return {
				tagName,
				attribs: ok ? {
					...rest,
					href,
					rel: "noopener noreferrer nofollow"
				} : rest
			};
		} }
	}).trim();
}

export { renderRoomMarkdownOnServer as r };
//# sourceMappingURL=room-markdown.js-qiRgUrpl.js.map
