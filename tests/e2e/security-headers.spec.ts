import { randomBytes } from 'node:crypto';
import { expect, test, type APIResponse } from '@playwright/test';
import { readChallengeAnswer } from '../support/challenge-answer';
import { signInAs } from '../support/staff-sign-in';

const slug = 'namyangju-changzhou-video-conference';
const articlePath = `/ko/articles/${slug}`;

/** Every Content-Security-Policy header of a response: a browser enforces each of them. */
function policiesOf(response: APIResponse): string[] {
  return response
    .headersArray()
    .filter(({ name }) => name.toLowerCase() === 'content-security-policy')
    .map(({ value }) => value);
}

const scriptSources = (policy: string) => /(?:^|;)\s*script-src ([^;]*)/.exec(policy)?.[1]?.split(' ') ?? [];

test('every kind of response carries the security headers, and HSTS only when it came over HTTPS', async ({ request }) => {
  const html = await (await request.get(articlePath)).text();
  const stylesheet = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+)"/.exec(html)?.[1];
  const script = /<script type="module" src="(\/islands\/[^"]+)"/.exec(html)?.[1];
  const photo = /(\/media\/[^"\s,]+\.(?:avif|webp|jpg))/.exec(html)?.[1];
  expect(stylesheet && script && photo).toBeTruthy();

  for (const address of [
    '/ko',
    articlePath,
    `/api/articles/${slug}/comments`,
    stylesheet!,
    script!,
    photo!,
    '/admin/sign-in',
    '/no-such-page',
  ]) {
    const response = await request.get(address);
    const headers = response.headers();
    expect.soft(headers['x-content-type-options'], address).toBe('nosniff');
    expect.soft(headers['referrer-policy'], address).toBe('strict-origin-when-cross-origin');
    expect.soft(headers['x-frame-options'], address).toBe('DENY');
    expect.soft(headers['permissions-policy'], address).toContain('camera=()');
    expect.soft(headers['strict-transport-security'], address).toBeUndefined();
    const policies = policiesOf(response);
    expect.soft(policies.length, address).toBeGreaterThan(0);
    for (const policy of policies) {
      expect.soft(policy, address).toContain("frame-ancestors 'none'");
      expect.soft(policy, address).toContain("object-src 'none'");
      expect.soft(policy, address).not.toMatch(/https?:\/\//);
    }
  }

  const overHttps = await request.get('/ko', { headers: { 'x-forwarded-proto': 'https' } });
  expect(overHttps.headers()['strict-transport-security']).toBe('max-age=31536000');
});

test('a cached article runs no inline script at all: an injected one is blocked, the comment section still works', async ({
  page,
  request,
}) => {
  await request.get(articlePath);
  const cached = await request.get(articlePath);
  const strict = policiesOf(cached).find((policy) => !scriptSources(policy).includes("'unsafe-inline'"));
  expect(strict, 'a script policy without unsafe-inline on the cached page').toBeDefined();
  expect(scriptSources(strict!)).toEqual(["'self'"]);
  const html = await cached.text();
  expect(html.match(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>/gu) ?? [], 'inline scripts in the page').toEqual([]);

  await page.setExtraHTTPHeaders({ 'x-forwarded-for': `2001:db8::${randomBytes(2).toString('hex')}` });
  const violations: string[] = [];
  const policyErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
    if (message.text().includes('Permissions-Policy')) policyErrors.push(message.text());
  });
  await page.goto(articlePath);

  const injected = await page.evaluate(
    () =>
      new Promise<{ directive: string; ran: boolean }>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) =>
          resolve({ directive: event.effectiveDirective, ran: 'injected' in window }),
        );
        const script = document.createElement('script');
        script.textContent = 'window.injected = true;';
        document.body.append(script);
      }),
  );
  expect(injected).toEqual({ directive: 'script-src-elem', ran: false });
  expect(violations).toHaveLength(1);
  expect(policyErrors, 'every feature the Permissions-Policy names is one Chromium knows').toEqual([]);

  // Under that policy the comment section (an island, loaded as a file) still posts.
  const nickname = `독자${randomBytes(3).toString('hex')}`;
  await page.locator('#comments').scrollIntoViewIfNeeded();
  const form = page.locator('#comments').getByRole('form', { name: '댓글 쓰기' });
  await form.getByLabel('닉네임').fill(nickname);
  await form.getByLabel('패스워드', { exact: true }).fill('secret-1');
  await form.getByLabel('내용').fill('정책 아래에서도 댓글이 올라갑니다');
  await expect(form).toHaveAttribute('data-challenge-id', /.+/u);
  await form.getByLabel('도배방지 숫자 입력').fill(await readChallengeAnswer((await form.getAttribute('data-challenge-id'))!));
  await form.getByRole('button', { name: '등록', exact: true }).click();
  await expect(page.locator('#comments').getByRole('listitem').filter({ hasText: nickname })).toBeVisible();
  expect(violations).toHaveLength(1);
});

test('newsroom pages carry a fresh nonce on every request, stamped on their scripts, and no inline script without it runs', async ({
  page,
  request,
}) => {
  const nonces = [];
  for (let i = 0; i < 2; i++) {
    const response = await request.get('/admin/sign-in');
    const [policy, ...others] = policiesOf(response);
    expect(others).toEqual([]);
    const nonce = /'nonce-([^']+)'/.exec(policy!)?.[1];
    expect(scriptSources(policy!)).not.toContain("'unsafe-inline'");
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    nonces.push(nonce);
  }
  expect(new Set(nonces).size).toBe(2);

  await signInAs(page, 'EDITOR');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.body.append(script);
    return 'injected' in window;
  });
  expect(ran).toBe(false);
});

test('the staff session cookie is HttpOnly and SameSite=Lax (Secure only when NEXTAUTH_URL is https, not on this http test site)', async ({
  page,
  context,
}) => {
  await signInAs(page, 'EDITOR');
  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith('next-auth.session-token'));
  expect(session).toMatchObject({ name: 'next-auth.session-token', httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });
});
