import { applyDecorators, HttpCode } from '@nestjs/common';
import { ApiProduces, ApiResponse, type OpenAPIObject } from '@nestjs/swagger';
import { errorBodySchema } from '@trainaction/contracts';
import { z } from 'zod';

/**
 * The OpenAPI side of the REST contract: one decorator per route declares its answer from the same zod schema
 * as libs/contracts exports (and the TypeScript type is z.infer of it), so the document, the compiler and the
 * web app read one source. The error answers every route shares (400, 401, 403, 404, 413, 429) are added to
 * the document from what each operation takes (`completeApiDocument`); `@ApiErrors` adds the rest.
 */

type SuccessStatus = 200 | 201 | 202;
type Returning<T> = (...args: never[]) => T | Promise<T>;

/**
 * The response components, by name: JSON Schema written by zod itself (`target: 'openapi-3.0'`) from the
 * contract's schema. Not nestjs-zod's output DTOs: with @nestjs/swagger 11 they turn a nullable field at the
 * top of a body into an array (schemathesis found it); request bodies and queries stay nestjs-zod DTOs.
 */
const components = new Map<string, { schema: z.ZodType; json: object }>();

function componentRef(name: string, schema: z.ZodType): { $ref: string } {
  const known = components.get(name);
  if (known && known.schema !== schema) throw new Error(`Two response schemas are named ${name}: give one of them a name`);
  if (!known)
    components.set(name, { schema, json: z.toJSONSchema(schema, { io: 'output', target: 'openapi-3.0', unrepresentable: 'any' }) });
  return { $ref: `#/components/schemas/${name}` };
}

/**
 * The success answer of a route: its status (200 unless given; it sets the route's status too, in place of
 * @HttpCode, so the document and the answer cannot differ) and its body, the output of `schema`. The method
 * must return what the schema describes (checked by the compiler). The component is named after the
 * controller and the method (`ForumThreads`) unless `name` is given.
 */
export function ApiResult<S extends z.ZodType, C extends boolean = false>(
  schema: S,
  options: { status?: SuccessStatus; name?: string; description?: string; csv?: C } = {},
) {
  type Body = z.input<S> | (C extends true ? string : never);
  return <T extends Returning<Body>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<T>): void => {
    const controller = target.constructor.name.replace(/Controller$/, '');
    const method = String(key);
    const name = options.name ?? `${controller}${method.charAt(0).toUpperCase()}${method.slice(1)}`;
    const status = options.status ?? 200;
    HttpCode(status)(target, key, descriptor);
    // `csv`: the same route answers text/csv when asked (`format=csv` or Accept); the JSON body is the schema's.
    if (options.csv) ApiProduces('application/json', 'text/csv')(target, key, descriptor);
    ApiResponse({ status, description: options.description ?? 'Success', schema: componentRef(name, schema) })(target, key, descriptor);
  };
}

/** A route that answers 204 with no body (sets the status too). */
export function ApiNoContent(description = 'Done; no body') {
  return applyDecorators(HttpCode(204), ApiResponse({ status: 204, description }));
}

/** A route whose success is not JSON (a file, a CSV, a redirect): its status and media types. */
export function ApiFileResult(status: 200 | 206 | 303, mediaTypes: string[], description: string) {
  const schema = status === 303 ? undefined : { type: 'string', format: 'binary' };
  return ApiResponse({ status, description, content: Object.fromEntries(mediaTypes.map((type) => [type, { schema }])) });
}

const errorBodyRef = componentRef('ErrorBody', errorBodySchema);

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'VALIDATION_FAILED (the fields at fault in `details`) or LINK_INVALID',
  401: 'UNAUTHENTICATED: no token, or one that is not valid any more',
  403: 'FORBIDDEN, MUTED or EMAIL_UNVERIFIED: the caller may not do this',
  404: 'NOT_FOUND: no such thing, or one the caller may not see',
  409: 'CONFLICT: it clashes with what exists',
  410: 'LINK_EXPIRED, LINK_USED or LINK_REPLACED: the link from the mail is no longer valid',
  413: 'PAYLOAD_TOO_LARGE, FILE_TOO_LARGE or TOO_MANY_FILES',
  415: 'UNSUPPORTED_FILE_TYPE',
  416: 'The range asked for is outside the file',
  423: 'ROOM_LOCKED',
  429: 'RATE_LIMITED (with Retry-After where known)',
  503: 'UNAVAILABLE: the database is not reachable; try again',
};

/** Error answers beyond the shared ones, with the protocol's error shape (`ErrorBody`). On a controller or a method. */
export function ApiErrors(...statuses: (keyof typeof ERROR_DESCRIPTIONS)[]) {
  return applyDecorators(
    ...statuses.map((status) => ApiResponse({ status, description: ERROR_DESCRIPTIONS[status], schema: errorBodyRef })),
  );
}

interface DocumentedOperation {
  parameters?: { in: string; required?: boolean }[];
  requestBody?: unknown;
  security?: unknown[];
  responses: Record<string, unknown>;
}

/**
 * Completes the document before it is served: adds the response components, and to every operation the error
 * answers that follow from what it takes, each with the error shape: 400 when it reads parameters or a body,
 * 413 with a body (BODY_LIMIT), 401 and 403 when it needs a token (@ApiBearerAuth), 404 when its path names
 * something, 429 everywhere (the throttler guards every route).
 */
export function completeApiDocument(document: OpenAPIObject): void {
  document.components ??= {};
  document.components.schemas ??= {};
  for (const [name, { json }] of components) document.components.schemas[name] = json;
  const ref = errorBodyRef;
  for (const item of Object.values(document.paths)) {
    for (const [method, value] of Object.entries(item as Record<string, unknown>)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const op = value as DocumentedOperation;
      const statuses: number[] = [429];
      if (op.parameters?.length || op.requestBody) statuses.push(400);
      if (op.requestBody) statuses.push(413);
      if (op.security?.length) statuses.push(401, 403);
      if (op.parameters?.some((p) => p.in === 'path')) statuses.push(404);
      for (const status of statuses) {
        op.responses[status] ??= { description: ERROR_DESCRIPTIONS[status], content: { 'application/json': { schema: ref } } };
      }
    }
  }
}
