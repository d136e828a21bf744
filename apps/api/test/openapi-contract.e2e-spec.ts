import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from './api-harness';

interface Operation {
  operationId?: string;
  security?: unknown[];
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

let api: RunningApi;
let doc: OpenApiDocument;

beforeAll(async () => {
  api = await startApi('openapi-contract');
  doc = (await api.client().get<OpenApiDocument>('/api/docs-json')).body;
});
afterAll(() => api?.close());

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function operations(): { name: string; op: Operation }[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
  );
}

const jsonSchemaOf = (response: Operation['responses'][string] | undefined) => response?.content?.['application/json']?.schema;

describe('the OpenAPI document', () => {
  it('declares for every operation its success answer, with a body schema unless it answers 204, a file or a redirect', () => {
    const missing = operations()
      .map(({ name, op }) => {
        const success = Object.entries(op.responses).filter(([status]) => /^[23]\d\d$/.test(status));
        if (success.length === 0) return `${name}: no 2xx or 3xx response`;
        const ok = success.every(
          ([status, response]) =>
            status === '204' || status === '303' || jsonSchemaOf(response) || Object.keys(response.content ?? {}).length > 0,
        );
        return ok ? null : `${name}: 2xx without a body schema`;
      })
      .filter(Boolean);
    expect(operations().length).toBeGreaterThan(60);
    expect(missing).toEqual([]);
  });

  it('declares the error shape for every error answer, and 401/403 on protected operations, 400 where input is read', () => {
    const problems: string[] = [];
    for (const { name, op } of operations()) {
      const errors = Object.entries(op.responses).filter(([status]) => /^[45]\d\d$/.test(status));
      if (errors.length === 0) problems.push(`${name}: no error responses`);
      for (const [status, response] of errors) {
        const schema = jsonSchemaOf(response) as { $ref?: string } | undefined;
        if (schema?.$ref !== '#/components/schemas/ErrorBody') problems.push(`${name}: ${status} without the error shape`);
      }
      const statuses = errors.map(([status]) => status);
      if (op.security?.length && !(statuses.includes('401') && statuses.includes('403')))
        problems.push(`${name}: protected without 401/403`);
      if (name.includes('{') && !statuses.includes('404')) problems.push(`${name}: takes an id without 404`);
      if (!statuses.includes('429')) problems.push(`${name}: without 429`);
    }
    expect(problems).toEqual([]);
  });

  it('describes the error shape once, as the filter sends it', () => {
    expect(doc.components.schemas.ErrorBody).toMatchObject({
      type: 'object',
      required: ['error'],
      properties: { error: { type: 'object', required: expect.arrayContaining(['code', 'message']) } },
    });
  });
});
