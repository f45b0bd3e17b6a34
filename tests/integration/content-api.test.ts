import Ajv2020 from 'ajv/dist/2020';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as articleRoute } from '@/pages/api/v1/articles/[slug]';
import { GET as listRoute } from '@/pages/api/v1/articles/index';
import { GET as authorRoute } from '@/pages/api/v1/authors/[slug]';
import { GET as openApiRoute } from '@/pages/api/v1/openapi.json';
import { GET as sectionsRoute } from '@/pages/api/v1/sections';
import { encodeCursor } from '@/lib/articles/cursor';
import { createApiKey, revokeApiKey } from '@/lib/content-api/keys';
import type { Database } from '@/lib/db/client';
import { absoluteUrl } from '@/lib/seo/urls';
import { seedDatabase } from '@/prisma/seed/seed';
import { ownTestDatabase } from '../support/own-database';

const route = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock('@/lib/runtime/database', async (importOriginal) => ({ ...(await importOriginal<object>()), getDatabase: () => route.db }));

const own = ownTestDatabase('content_api');
let db: Database;
let key: string;
let document: { paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }> } }> };
const ajv = new Ajv2020({ strict: false, allErrors: true });

const seedSlug = 'namyangju-changzhou-video-conference';
const site = 'http://127.0.0.1:3000';

function get(path: string, { apiKey = key, headers = {} }: { apiKey?: string | null; headers?: Record<string, string> } = {}) {
  return new Request(`${site}${path}`, {
    headers: { host: '127.0.0.1:3000', ...(apiKey && { authorization: `Bearer ${apiKey}` }), ...headers },
  });
}

/** The route that serves an address, as Next.js would call it: the handler and the address's parameters. */
function call(path: string, options?: Parameters<typeof get>[1]): Promise<Response> {
  const request = get(path, options);
  const { pathname } = new URL(request.url);
  const [, , , area, slug] = pathname.split('/');
  if (area === 'articles' && slug) return articleRoute(request, { slug: decodeURIComponent(slug) });
  if (area === 'articles') return listRoute(request, {});
  if (area === 'authors') return authorRoute(request, { slug: decodeURIComponent(slug!) });
  if (area === 'sections') return sectionsRoute(request, {});
  return openApiRoute(request, {});
}

/** The answer, checked against what the OpenAPI document says `operation` answers with `status`. */
async function conforming(response: Response, operation: string, status = response.status) {
  const schema = document.paths[operation]!.get.responses[String(status)]!.content!['application/json']!.schema;
  const body = await response.json();
  const validate = ajv.getSchema(`openapi.json${schema.$ref}`)!;
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  return body;
}

beforeAll(async () => {
  db = own.db;
  route.db = db;
  await seedDatabase(db, {});
  const admin = await db.staff.findFirstOrThrow({ where: { role: 'ADMIN' } });
  ({ key } = await createApiKey(db, admin.id, { name: 'Lobby screen', requestsPerMinute: 1000 }));
  const response = await call('/api/v1/openapi.json', { apiKey: null });
  expect(response.status).toBe(200);
  document = await response.json();
  ajv.addSchema(document, 'openapi.json');
});

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 and lists every route of the API', () => {
    expect(document).toMatchObject({ openapi: '3.1.0' });
    expect(Object.keys(document.paths).toSorted()).toEqual(['/articles', '/articles/{slug}', '/authors/{slug}', '/sections']);
  });
});

describe('answers conform to the OpenAPI document', () => {
  it('lists published articles, newest first, with the lead photo and every variant', async () => {
    const response = await call('/api/v1/articles?locale=en&limit=5');
    expect(response.status).toBe(200);
    const page = await conforming(response, '/articles');
    expect(page.items[0]).toMatchObject({ slug: seedSlug, locale: 'en', url: absoluteUrl(`/en/articles/${seedSlug}`) });
    expect(page.items[0].leadPhoto.variants.length).toBeGreaterThan(0);
  });

  it('filters by section, desk, tag and author', async () => {
    for (const filter of ['section=local', 'desk=gyeonggi-northeast', 'tag=namyangju', 'author=ha-in-gyu']) {
      const page = await conforming(await call(`/api/v1/articles?${filter}`), '/articles', 200);
      expect(
        page.items.map((item: { slug: string }) => item.slug),
        filter,
      ).toContain(seedSlug);
    }
  });

  it('gives one article in full: body as document and sanitised HTML, photos, translation, URLs', async () => {
    const article = await conforming(await call(`/api/v1/articles/${seedSlug}?locale=en`), '/articles/{slug}', 200);
    expect(article.locale).toBe('en');
    expect(article.body.document.type).toBe('doc');
    expect(article.body.html).toMatch(/^<div[^>]*><p>/u);
    expect(article.body.html).not.toMatch(/<script/iu);
    expect(article.photos[0].variants.length).toBeGreaterThan(0);
    expect(Object.keys(article.photos[0].crops).toSorted()).toEqual(['16x9', '1x1', '4x3']);
    expect(article.byline[0]).not.toHaveProperty('email');
    expect(article.urls.alternates).toMatchObject({
      ko: absoluteUrl(`/ko/articles/${seedSlug}`),
      en: absoluteUrl(`/en/articles/${seedSlug}`),
    });
    expect(article.translation).toMatchObject({ stale: false });
  });

  it('gives the body’s HTML with text escaped and inline photos at absolute addresses', async () => {
    const photo = await db.articlePhoto.findFirstOrThrow({ where: { article: { slug: seedSlug } } });
    const body = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '<script>alert(1)</script> & more' }] },
        { type: 'photo', attrs: { photoId: photo.photoId } },
      ],
    };
    await db.articleText.updateMany({ where: { article: { slug: seedSlug }, locale: 'en' }, data: { body } });
    const article = await conforming(await call(`/api/v1/articles/${seedSlug}?locale=en`), '/articles/{slug}', 200);
    expect(article.body.document).toEqual(body);
    expect(article.body.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(article.body.html).not.toMatch(/<script/iu);
    expect(article.body.html).toContain(`src="${absoluteUrl('/media/')}`);
    expect(article.body.html).not.toMatch(/(src|srcSet)="\/media/iu);
  });

  it('lists sections and gives a reporter', async () => {
    const sections = await conforming(await call('/api/v1/sections'), '/sections', 200);
    expect(sections.items.map((s: { slug: string }) => s.slug)).toContain('local');
    const author = await conforming(await call('/api/v1/authors/ha-in-gyu?locale=en'), '/authors/{slug}', 200);
    expect(author.slug).toBe('ha-in-gyu');
  });

  it('answers 404 for what is not published, in the failure shape', async () => {
    const response = await call('/api/v1/articles/no-such-article');
    expect(response.status).toBe(404);
    await conforming(response, '/articles/{slug}');
    expect((await call('/api/v1/articles?section=no-such-section')).status).toBe(404);
    expect((await call('/api/v1/authors/administrator')).status).toBe(404);
  });
});

describe('keys', () => {
  it('refuses a request without a key, or with one that was never made, with 401 and a JSON error', async () => {
    for (const apiKey of [null, 'dlk_not-a-key']) {
      const response = await call('/api/v1/articles', { apiKey });
      expect(response.status).toBe(401);
      const failure = await conforming(response, '/articles');
      expect(failure.error).toMatch(/API/u);
    }
  });

  it('refuses a revoked key at once', async () => {
    const admin = await db.staff.findFirstOrThrow({ where: { role: 'ADMIN' } });
    const made = await createApiKey(db, admin.id, { name: 'Old partner', requestsPerMinute: 100 });
    expect((await call('/api/v1/sections', { apiKey: made.key })).status).toBe(200);
    await revokeApiKey(db, admin.id, made.id);
    expect((await call('/api/v1/sections', { apiKey: made.key })).status).toBe(401);
    const stored = await db.contentApiKey.findUniqueOrThrow({ where: { id: made.id } });
    expect(JSON.stringify(stored)).not.toContain(made.key);
    expect(await db.auditLog.count({ where: { entityId: made.id } })).toBe(2);
  });

  it('limits each key on its own: past its allowance 429 with Retry-After, other keys unaffected', async () => {
    const admin = await db.staff.findFirstOrThrow({ where: { role: 'ADMIN' } });
    const { key: small } = await createApiKey(db, admin.id, { name: 'Newsletter', requestsPerMinute: 2 });
    expect((await call('/api/v1/sections', { apiKey: small })).status).toBe(200);
    expect((await call('/api/v1/sections', { apiKey: small })).status).toBe(200);
    const refused = await call('/api/v1/sections', { apiKey: small });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    await conforming(refused, '/sections');
    expect((await call('/api/v1/sections')).status).toBe(200);
  });
});

describe('ETag and 304', () => {
  it('answers 304 with no body when the client holds the version, 200 when it changed', async () => {
    const first = await call(`/api/v1/articles/${seedSlug}`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/u);
    expect(first.headers.get('cache-control')).toMatch(/max-age=\d+/u);
    const again = await call(`/api/v1/articles/${seedSlug}`, { headers: { 'if-none-match': `W/${etag}` } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    await db.articleText.updateMany({ where: { article: { slug: seedSlug }, locale: 'ko' }, data: { headline: '바뀐 제목' } });
    const changed = await call(`/api/v1/articles/${seedSlug}`, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });
});

describe('bad input is a 400 naming the field, never a 500', () => {
  const cases: [string, string, string][] = [
    ['an unknown parameter', '/api/v1/articles?sectoin=local', 'sectoin'],
    ['a malformed cursor', '/api/v1/articles?after=not-a-cursor', 'after'],
    ['a cursor of the wrong shape', `/api/v1/articles?after=${Buffer.from('[1,2]').toString('base64url')}`, 'after'],
    ['a limit over 50', '/api/v1/articles?limit=51', 'limit'],
    ['a limit that is no number', '/api/v1/articles?limit=ten', 'limit'],
    ['a locale other than ko or en', '/api/v1/articles?locale=fr', 'locale'],
    ['two filters at once', '/api/v1/articles?section=local&tag=namyangju', 'tag'],
    ['an unknown parameter on one article', `/api/v1/articles/${seedSlug}?format=xml`, 'format'],
    ['an unknown parameter on sections', '/api/v1/sections?all=1', 'all'],
    ['an unknown parameter on the OpenAPI document', '/api/v1/openapi.json?v=2', 'v'],
  ];
  it.each(cases)('%s', async (_, path, field) => {
    const response = await call(path);
    expect(response.status).toBe(400);
    const failure = await conforming(response, '/articles');
    expect(Object.keys(failure.fieldErrors)).toEqual([field]);
  });

  it('takes a cursor it gave out', async () => {
    const cursor = encodeCursor({ publishedAt: new Date(), id: '00000000-0000-7000-8000-000000000000' });
    expect((await call(`/api/v1/articles?after=${cursor}`)).status).toBe(200);
  });
});
