import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type APIResponse, type BrowserContext, type Page, type Response } from '@playwright/test';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { freePort } from '../support/free-port';
import { prepareSiteDatabase, siteEnv, startSiteServer, type SiteServer } from '../support/site-server';
import { testStaff } from '../support/staff-credentials';
import { submitSignIn } from '../support/staff-sign-in';

/** Everything the build sends to browsers. */
const clientBundle = '.next/static';

const secretNames = ['IP_HASH_SECRET', 'NEXTAUTH_SECRET', 'DATABASE_URL', 'DATABASE_REPLICA_URL', 'REDIS_URL', 'TEST_DATABASE_URL'];
const staffPasswordNames = ['REPORTER', 'EDITOR', 'MODERATOR', 'ADMIN'].map((role) => `STAFF_${role}_PASSWORD`);
/** What server-side values look like: connection strings and password hashes. */
const secretShapes = ['postgresql://', 'postgres://', 'redis://', '$argon2'];

/**
 * The values the build could have written into the bundle: its environment (`npm test` builds in this runner's),
 * the generated local secrets, the test passwords.
 */
function buildSecretValues(): string[] {
  const local = path.join('var', 'secrets.json');
  const generated = existsSync(local) ? Object.values(JSON.parse(readFileSync(local, 'utf8')) as Record<string, string>) : [];
  const fromEnv = [...secretNames, ...staffPasswordNames].map((name) => process.env[name]);
  const testPasswords = Object.values(testStaff).map(({ password }) => password);
  return [...generated, ...fromEnv, ...testPasswords].filter((value): value is string => typeof value === 'string' && value.length >= 8);
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(file) : [file];
  });
}

test('no server secret, by name or by value, is in the JavaScript and CSS sent to browsers', () => {
  const needles = [...secretNames, ...staffPasswordNames, ...secretShapes, ...buildSecretValues()];
  const files = filesUnder(clientBundle);
  expect(files.some((file) => file.endsWith('.js'))).toBe(true);
  const found = files.flatMap((file) => {
    const text = readFileSync(file, 'latin1');
    return needles
      .filter((needle) => text.includes(needle))
      .map(
        (needle) =>
          `${file}: ${needle.length > 12 && !secretShapes.includes(needle) ? `${needle.slice(0, 4)}… (a secret's value)` : needle}`,
      );
  });
  expect(found, 'files sent to browsers that contain server secrets').toEqual([]);
});

// A site of its own, so the test knows the secrets it runs with (siteEnv makes fresh ones; the shared site's are
// another process's).
test.describe('a running site', () => {
  test.describe.configure({ mode: 'serial', timeout: 240_000 });

  const slug = 'namyangju-changzhou-video-conference';
  let database: TestDatabase | undefined;
  let mediaDir: string | undefined;
  let site: SiteServer | undefined;
  /** By a name fit to print: the keys and passwords this site's server was started with, fit for no log line either. */
  const keys = new Map<string, string>();
  /** The keys, the connection strings the server was started with, and the shapes of server-side values. */
  const needles = new Map(secretShapes.map((shape) => [shape, shape]));

  /** Every answer a client got, as text: status line, headers and body. */
  const seen: { what: string; text: Promise<string> }[] = [];

  function keepApi(response: APIResponse, label: string) {
    const headers = response.headersArray().map(({ name, value }) => `${name}: ${value}`);
    seen.push({
      what: `${response.status()} ${label}`,
      text: response.body().then(
        (body) => [response.statusText(), ...headers, body.toString('latin1')].join('\n'),
        () => headers.join('\n'),
      ),
    });
  }

  function keepBrowser(context: BrowserContext) {
    context.on('response', (response: Response) => {
      seen.push({
        what: `${response.status()} ${response.url()}`,
        text: Promise.all([response.headersArray(), response.body().catch(() => Buffer.alloc(0))]).then(([headers, body]) =>
          [response.statusText(), ...headers.map(({ name, value }) => `${name}: ${value}`), body.toString('latin1')].join('\n'),
        ),
      });
    });
    context.on('page', (page: Page) => {
      page.on('console', (message) => seen.push({ what: `console of ${page.url()}`, text: Promise.resolve(message.text()) }));
      page.on('pageerror', (error) =>
        seen.push({ what: `script error on ${page.url()}`, text: Promise.resolve(`${error.message}\n${error.stack}`) }),
      );
    });
  }

  test.beforeAll(async () => {
    database = await createTestDatabase('secrets');
    mediaDir = await mkdtemp(path.join(tmpdir(), 'dateline-secrets-media-'));
    const env = siteEnv({ port: await freePort(), databaseUrl: database.url, mediaDir, redisUrl: process.env.E2E_REDIS_URL });
    await prepareSiteDatabase(env);
    site = await startSiteServer(env);
    for (const name of ['IP_HASH_SECRET', 'NEXTAUTH_SECRET', ...staffPasswordNames]) keys.set(name, env[name]!);
    for (const name of secretNames.filter((name) => name.endsWith('_URL') && env[name])) {
      needles.set(name, env[name]!);
      const password = decodeURIComponent(new URL(env[name]!).password);
      if (password) keys.set(`the password in ${name}`, password);
    }
    for (const [name, value] of keys) needles.set(name, value);
  });

  test.afterAll(async () => {
    await site?.stop();
    await database?.drop();
    if (mediaDir) await rm(mediaDir, { recursive: true, force: true });
  });

  /** Same-site links of the pages open in `page`, under `prefix`, that were not visited yet. */
  async function linksOf(page: Page, prefix: string, visited: Set<string>): Promise<string[]> {
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    return hrefs
      .map((href) => new URL(href))
      .filter((url) => url.origin === site!.url && url.pathname.startsWith(prefix) && !visited.has(url.pathname))
      .map((url) => url.pathname);
  }

  /** Opens the pages from `start` and those they link to under `prefix`, at most `limit`. */
  async function crawl(page: Page, start: string[], prefix: string, limit: number) {
    const visited = new Set<string>();
    const queue = [...start];
    while (queue.length > 0 && visited.size < limit) {
      const address = queue.shift()!;
      if (visited.has(address)) continue;
      visited.add(address);
      await page.goto(`${site!.url}${address}`);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      queue.push(...(await linksOf(page, prefix, visited)));
    }
    return visited;
  }

  test('no secret the server runs with reaches a client: pages, API answers, headers, error pages and browser consoles', async ({
    browser,
    playwright,
  }) => {
    const url = (address: string) => `${site!.url}${address}`;
    const reader = await browser.newContext();
    keepBrowser(reader);
    const readerPage = await reader.newPage();
    const readerPages = await crawl(readerPage, ['/ko', '/en', `/ko/articles/${slug}`, `/en/articles/${slug}`], '/', 40);
    expect(readerPages.size).toBeGreaterThan(8);

    const api = await playwright.request.newContext({ extraHTTPHeaders: { origin: site!.url, 'x-forwarded-for': '203.0.113.7' } });
    const readerAnswers: [string, Promise<APIResponse>][] = [
      ...[
        '/ko/rss.xml',
        '/en/rss.xml',
        '/sitemap.xml',
        '/news-sitemap.xml',
        '/robots.txt',
        '/no-such-page',
        '/ko/articles/no-such-article',
        '/media/no-such-photo.jpg',
      ].map((address) => [address, api.get(url(address))] as [string, Promise<APIResponse>]),
      [`comments of ${slug}`, api.get(url(`/api/articles/${slug}/comments?locale=ko`))],
      ['a challenge', api.post(url(`/api/articles/${slug}/comments/challenge`), { data: { locale: 'ko', kind: 'image' } })],
      [
        'a comment with a wrong answer',
        api.post(url(`/api/articles/${slug}/comments`), {
          data: { locale: 'ko', nickname: '독자', password: 'pass1234', content: '본문', challengeId: randomUUID(), answer: '00000' },
        }),
      ],
      [
        'a comment that is not JSON',
        api.post(url(`/api/articles/${slug}/comments`), { headers: { 'content-type': 'application/json' }, data: '{"locale":' }),
      ],
      ['a comment with nothing in it', api.post(url(`/api/articles/${slug}/comments`), { data: {} })],
      [
        'a comment over 1 MB',
        api.post(url(`/api/articles/${slug}/comments`), { headers: { 'content-type': 'application/json' }, data: 'x'.repeat(1_100_000) }),
      ],
      [
        'deleting a comment that does not exist',
        api.post(url(`/api/comments/${randomUUID()}/deletion`), { data: { password: 'wrong-password' } }),
      ],
      ['reporting a comment that is not a uuid', api.post(url('/api/comments/not-a-comment/reports'), { data: { reason: 'spam' } })],
      ['a malformed address', api.get(url('/%FF'))],
      [
        'a newsroom action posted to a reader page',
        api.post(url(`/ko/articles/${slug}`), { headers: { 'next-action': '7f'.repeat(21), 'content-type': 'text/plain' }, data: '[]' }),
      ],
      ['the sign-in session', api.get(url('/api/auth/session'))],
      ['a sign-in error page', api.get(url('/api/auth/error?error=Configuration'))],
      [
        'a sign-in with a wrong password',
        api.post(url('/api/auth/callback/credentials'), {
          form: { email: testStaff.ADMIN.email, password: 'not-the-password', json: 'true' },
        }),
      ],
    ];
    for (const [label, answer] of readerAnswers) keepApi(await answer, label);

    const staff = await browser.newContext();
    keepBrowser(staff);
    const staffPage = await staff.newPage();
    await staffPage.goto(url('/admin/sign-in'));
    await submitSignIn(staffPage, { email: testStaff.ADMIN.email, password: 'not-the-password' });
    await expect(staffPage.getByRole('alert').filter({ hasText: /\S/ })).toBeVisible();
    await submitSignIn(staffPage, testStaff.ADMIN);
    await expect(staffPage).toHaveURL(/\/admin$/);
    const staffPages = await crawl(staffPage, ['/admin', '/admin/no-such-page', '/admin/articles/no-such-article'], '/admin', 40);
    expect(staffPages.size).toBeGreaterThan(10);
    const staffApi = staff.request;
    for (const [label, answer] of [
      ['the moderation summary', staffApi.get(url('/api/admin/comments/summary'))],
      [
        'an unknown server action',
        staffApi.post(url('/admin'), {
          headers: { origin: site!.url, 'next-action': '00'.repeat(21), 'content-type': 'text/plain' },
          data: '[]',
        }),
      ],
      [
        'a moderation action with nothing in it',
        staffApi.post(url('/api/admin/comments/actions'), { headers: { origin: site!.url }, data: {} }),
      ],
      [
        'a photo upload that is not a photo',
        staffApi.post(url('/api/admin/photos'), {
          headers: { origin: site!.url },
          multipart: { file: { name: 'x.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a photo') } },
        }),
      ],
    ] as [string, Promise<APIResponse>][]) {
      keepApi(await answer, label);
    }

    // The database goes away under the running site: what readers and staff are shown then.
    await database!.drop();
    for (const address of ['/ko/search?q=상주', '/en/articles/no-such-article', `/api/articles/${slug}/comments?locale=en`])
      keepApi(await api.get(url(address)), `${address} without a database`);
    for (const address of ['/admin/articles', '/admin/staff']) await staffPage.goto(url(address));

    const found: string[] = [];
    for (const { what, text } of seen) {
      const body = await text;
      for (const [name, value] of needles) if (body.includes(value)) found.push(`${what}: ${name}`);
    }
    expect(seen.length).toBeGreaterThan(100);
    expect(found, 'answers to clients that contain a secret of the server').toEqual([]);
    const log = site!.output();
    expect(
      [...keys].filter(([, value]) => log.includes(value)).map(([name]) => name),
      "secrets in the server's own log",
    ).toEqual([]);
    await Promise.all([reader.close(), staff.close(), api.dispose()]);
  });
});
