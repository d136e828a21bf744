import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

// src/lib/server/markdown.ts
var marked = new Marked({
	gfm: true,
	breaks: false,
	async: false
});
/** Tags a lesson or activity may use; no scripts, styles, frames, forms or inline event handlers. */
var ALLOWED_TAGS = [
	"p",
	"br",
	"hr",
	"h2",
	"h3",
	"h4",
	"h5",
	"h6",
	"strong",
	"em",
	"del",
	"code",
	"pre",
	"blockquote",
	"ul",
	"ol",
	"li",
	"a",
	"table",
	"thead",
	"tbody",
	"tr",
	"th",
	"td",
	"sup",
	"sub",
	"abbr"
];
/**
* Course Markdown (written by coordinators, still untrusted) as safe HTML. A `# heading` becomes an h2 so the
* page keeps one h1; links may only be http(s) or mailto, and external ones open without access to this page.
*/
function renderMarkdown(source) {
	const html = marked.parse(source ?? "");
	return sanitizeHtml(html, {
		allowedTags: ALLOWED_TAGS,
		allowedAttributes: {
			a: [
				"href",
				"title",
				"rel"
			],
			abbr: ["title"],
			th: ["scope"],
			td: [],
			ol: ["start"]
		},
		allowedSchemes: [
			"http",
			"https",
			"mailto"
		],
		allowProtocolRelative: false,
		transformTags: {
			h1: "h2",
			a: (tagName, attribs) => {
				return {
					tagName,
					attribs: /^https?:/i.test(attribs.href ?? "") ? {
						...attribs,
						rel: "noopener noreferrer nofollow"
					} : attribs
				};
			}
		}
	});
}

export { renderMarkdown as r };
//# sourceMappingURL=markdown2.js-D7tIkhF7.js.map
