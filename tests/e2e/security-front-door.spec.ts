import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';

/**
 * What used to reach Next.js and come back as a 500, through the real server: addresses no browser sends, a newsroom
 * action posted to a reader's page, a sign-in body of any size (lib/http/front-door.ts).
 */
const site = `http://127.0.0.1:${process.env.E2E_PORT ?? 3210}`;
const slug = 'namyangju-changzhou-video-conference';

/** A request with the path exactly as written: no client normalises percent-escapes away. */
function raw(
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${site}/`, { path, method: init.method ?? 'GET', headers: init.headers }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode!, body }));
    });
    request.on('error', reject);
    request.end(init.body);
  });
}

test('a NUL or a malformed %-escape in any public address is a 400 with a sentence, never a 500', async () => {
  const nul = [
    '/ko/articles/%00',
    '/ko/sections/%00',
    '/en/desks/%00',
    '/en/reporters/%00',
    '/api/articles/%00/comments',
    `/api/articles/%00/comments/challenge`,
  ];
  const malformed = ['/%FF', '/ko/articles/%FF', '/media/%FF.jpg'];
  for (const path of [...nul, ...malformed]) {
    const response = await raw(path);
    expect(response.status, path).toBe(400);
    expect(response.body, path).toMatch(nul.includes(path) ? /cannot be used/ : /malformed/);
  }
});

test('a newsroom action posted to a reader’s page is refused, and the article still reads', async () => {
  const response = await raw(`/ko/articles/${slug}`, {
    method: 'POST',
    headers: { 'next-action': '7f'.repeat(21), 'content-type': 'text/plain' },
    body: '[]',
  });
  expect(response.status).toBe(400);
  expect(JSON.parse(response.body).error).toContain('newsroom requests');
  expect((await raw(`/ko/articles/${slug}`)).status).toBe(200);
});

test('the sign-in route does not read a body of any size', async () => {
  const body = 'x'.repeat(2 * 1024 * 1024);
  const response = await raw('/api/auth/callback/credentials', {
    method: 'POST',
    headers: { origin: site, 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(body.length) },
    body,
  });
  expect(response.status).toBe(413);
  expect(JSON.parse(response.body).error).toContain('too large');
});
