import { describe, expect, it } from 'vitest';
import { encodeCursor } from '@/lib/articles/cursor';
import { contentApiDocument } from '@/lib/content-api/openapi';
import { articleListQuery } from '@/lib/content-api/schemas';

const failedFields = (query: Record<string, string>) => {
  const parsed = articleListQuery.safeParse(query);
  return parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
};

describe('the articles query', () => {
  it('reads the defaults: Korean, 20 a page', () => {
    expect(articleListQuery.parse({})).toEqual({ locale: 'ko', limit: 20 });
  });

  it('names what is wrong by its parameter, with the message code', () => {
    expect(failedFields({ sectoin: 'local' })).toEqual([['sectoin', 'unknownParameter']]);
    expect(failedFields({ limit: '51' })).toEqual([['limit', 'limit']]);
    expect(failedFields({ limit: '0' })).toEqual([['limit', 'limit']]);
    expect(failedFields({ limit: '2.5' })).toEqual([['limit', 'limit']]);
    expect(failedFields({ locale: 'ja' })).toEqual([['locale', 'locale']]);
    expect(failedFields({ after: 'garbage' })).toEqual([['after', 'cursor']]);
    expect(failedFields({ desk: 'a', author: 'b' })).toEqual([['author', 'oneFilter']]);
  });

  it('takes a cursor the site made and a limit of 50', () => {
    const after = encodeCursor({ publishedAt: new Date('2026-12-01T00:00:00Z'), id: '019ad000-0000-7000-8000-000000000000' });
    expect(articleListQuery.parse({ after, limit: '50', locale: 'en' })).toEqual({ after, limit: 50, locale: 'en' });
  });
});

describe('the OpenAPI document', () => {
  const document = contentApiDocument();

  it('describes each query parameter from the schema the route parses with', () => {
    const parameters = document.paths['/articles'].get.parameters as { name: string; in: string; schema: Record<string, unknown> }[];
    expect(parameters.map((p) => p.name)).toEqual(['locale', 'section', 'desk', 'tag', 'author', 'after', 'limit', undefined]);
    expect(parameters.find((p) => p.name === 'limit')!.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 50, default: 20 });
    expect(parameters.find((p) => p.name === 'locale')!.schema).toMatchObject({ enum: ['ko', 'en'] });
    const article = document.paths['/articles/{slug}'].get.parameters as { name: string; in: string }[];
    expect(article[0]).toMatchObject({ name: 'slug', in: 'path', required: true });
  });

  it('holds every answer schema as a component, without a $schema of its own', () => {
    expect(Object.keys(document.components.schemas).toSorted()).toEqual(
      ['Article', 'ArticlePage', 'ArticleSummary', 'Author', 'BodyDocument', 'Failure', 'Photo', 'SectionList'].toSorted(),
    );
    expect(JSON.stringify(document.components.schemas)).not.toContain('$schema');
  });
});
