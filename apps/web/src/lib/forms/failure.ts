import type { ErrorCode, FieldIssue } from '@trainaction/contracts';

/** What went wrong with one field; the page turns it into words in the current language. */
export type FieldProblem = 'invalid' | 'required' | 'taken';
export type FormErrorCode = ErrorCode | 'UNKNOWN';

/** The serialisable failure a form action returns with `fail()`: codes only, never English API text. */
export interface FormFailure {
  code: FormErrorCode;
  fields: Record<string, FieldProblem>;
}

interface IssueLike {
  path: readonly PropertyKey[] | string;
}

function fieldOf(path: IssueLike['path']): string {
  const first = typeof path === 'string' ? path.split('.')[0] : path[0];
  return first === undefined ? '' : String(first);
}

/** From zod issues (the shared schemas, checked here before calling the API) or API details. */
export function failureFromIssues(issues: readonly IssueLike[], code: FormErrorCode = 'VALIDATION_FAILED'): FormFailure {
  const fields: Record<string, FieldProblem> = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (field && !(field in fields)) fields[field] = 'invalid';
  }
  return { code, fields };
}

/** From the API's error body. A CONFLICT on a field means the value is already taken (the e-mail). */
export function failureFromApi(error: { code: FormErrorCode; details?: readonly FieldIssue[] }): FormFailure {
  const failure = failureFromIssues(error.details ?? [], error.code);
  if (error.code === 'CONFLICT') {
    for (const field of Object.keys(failure.fields)) failure.fields[field] = 'taken';
  }
  return failure;
}
