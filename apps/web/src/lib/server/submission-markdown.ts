import type { SubmissionView } from '@trainaction/contracts';
import { renderRoomMarkdownOnServer } from './room-markdown';

/** Learner Markdown rendered once on the server (same rules as the browser), keyed `submissionId:version[:feedback]`. */
export function renderSubmissions(list: readonly SubmissionView[]): Record<string, string> {
  const html: Record<string, string> = {};
  for (const s of list) {
    for (const v of s.versions) {
      html[`${s.id}:${v.version}`] = renderRoomMarkdownOnServer(v.body);
      if (v.review) html[`${s.id}:${v.version}:feedback`] = renderRoomMarkdownOnServer(v.review.feedback);
    }
  }
  return html;
}
