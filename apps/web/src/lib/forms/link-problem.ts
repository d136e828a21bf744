/**
 * What the API says of a link from a mail that cannot be used (reset, invitation, verification); each page
 * explains each in its own words and offers a way on.
 */
export const LINK_PROBLEMS = ['LINK_INVALID', 'LINK_EXPIRED', 'LINK_USED', 'LINK_REPLACED'] as const;
export type LinkProblem = (typeof LINK_PROBLEMS)[number];

export function linkProblem(code: string): LinkProblem | null {
  return (LINK_PROBLEMS as readonly string[]).includes(code) ? (code as LinkProblem) : null;
}
