import { r as renderRoomMarkdownOnServer } from './room-markdown.js-qiRgUrpl.js';

// src/lib/server/submission-markdown.ts
/** Learner Markdown rendered once on the server (same rules as the browser), keyed `submissionId:version[:feedback]`. */
function renderSubmissions(list) {
	const html = {};
	for (const s of list) for (const v of s.versions) {
		html[`${s.id}:${v.version}`] = renderRoomMarkdownOnServer(v.body);
		if (v.review) html[`${s.id}:${v.version}:feedback`] = renderRoomMarkdownOnServer(v.review.feedback);
	}
	return html;
}

export { renderSubmissions as r };
//# sourceMappingURL=submission-markdown.js-GE-qQ2Fr.js.map
