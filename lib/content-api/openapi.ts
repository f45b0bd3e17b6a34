import { z } from 'zod';
import {
  articleListQuery,
  articlePageSchema,
  articleQuery,
  articleSchema,
  authorQuery,
  authorSchema,
  contentApiRegistry,
  sectionListSchema,
  sectionsQuery,
} from './schemas';

/** Where the API lives; the document's paths are under it. */
export const contentApiBase = '/api/v1';

const componentUri = (id: string) => `#/components/schemas/${id}`;

/** A query schema's parameters, each described by its own field's JSON Schema; `slug` is part of the path. */
function parametersOf(query: z.ZodType): object[] {
  const { properties = {}, required = [] } = z.toJSONSchema(query, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, { description?: string }>;
    required?: string[];
  };
  return Object.entries(properties).map(([name, { description, ...schema }]) => ({
    name,
    in: name === 'slug' ? 'path' : 'query',
    required: name === 'slug' || required.includes(name),
    ...(description && { description }),
    schema,
  }));
}

const json = (id: string) => ({ 'application/json': { schema: { $ref: componentUri(id) } } });
const idOf = (schema: z.ZodType) => contentApiRegistry.get(schema)!.id;

const failures = {
  '400': { description: 'A parameter is unknown or not valid: fieldErrors names it.', content: json('Failure') },
  '401': { description: 'No content API key, or one that was revoked.', content: json('Failure') },
  '429': {
    description: "Past the key's allowance for the minute.",
    headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } },
    content: json('Failure'),
  },
};

function operation(summary: string, query: z.ZodType, answer: z.ZodType, found = false) {
  return {
    get: {
      summary,
      parameters: [...parametersOf(query), { $ref: '#/components/parameters/IfNoneMatch' }],
      responses: {
        '200': {
          description: 'The answer, with its ETag.',
          headers: {
            ETag: { schema: { type: 'string' } },
            'Cache-Control': { schema: { type: 'string' } },
          },
          content: json(idOf(answer)),
        },
        '304': { description: 'The client holds this version already (If-None-Match).' },
        ...failures,
        ...(found && { '404': { description: 'Nothing published by that slug.', content: json('Failure') } }),
      },
    },
  };
}

/**
 * The OpenAPI 3.1 document of the content API, generated from the schemas the routes parse and answer with
 * (lib/content-api/schemas.ts): JSON Schema 2020-12, OpenAPI 3.1's own dialect.
 */
export function contentApiDocument() {
  const { schemas } = z.toJSONSchema(contentApiRegistry, { target: 'draft-2020-12', uri: componentUri, unrepresentable: 'any' });
  // Each schema stands alone in z.toJSONSchema's output; as a component it is part of this document.
  const components = Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const component: Record<string, unknown> = { ...schema };
      delete component.$id;
      delete component.$schema;
      return [id, component];
    }),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'Dateline content API',
      version: '1',
      description: 'Published articles, sections and reporters, read-only. Send a content API key as `Authorization: Bearer <key>`.',
    },
    servers: [{ url: contentApiBase }],
    security: [{ contentApiKey: [] }],
    paths: {
      '/articles': operation('Published articles, newest first, a page at a time', articleListQuery, articlePageSchema, true),
      '/articles/{slug}': operation('One published article', articleQuery, articleSchema, true),
      '/sections': operation('The sections', sectionsQuery, sectionListSchema),
      '/authors/{slug}': operation('A reporter', authorQuery, authorSchema, true),
    },
    components: {
      schemas: components,
      securitySchemes: { contentApiKey: { type: 'http', scheme: 'bearer', description: 'A key made in /admin/api-keys.' } },
      parameters: {
        IfNoneMatch: { name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } },
      },
    },
  };
}
