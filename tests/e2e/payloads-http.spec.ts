import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { serverActions } from '../support/server-actions';
import { signInAs } from '../support/staff-sign-in';
import { hiddenCharacters } from '../support/payloads';

/**
 * Hostile input through the real server, where the HTTP layer itself is part of the answer: body sizes with and
 * without a Content-Length, raw paths no browser would send, characters a database cannot hold. The payload
 * suites in tests/integration cover each route's fields.
 */
const slug = 'namyangju-changzhou-video-conference';
const site = `http://127.0.0.1:${process.env.E2E_PORT ?? 3210}`;
const megabytes = (count: number) => 'x'.repeat(count * 1024 * 1024);

/** A GET with the path exactly as written: no client normalises `..` or percent-escapes away. */
function rawGet(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${site}/`, { path, method: 'GET' }, (response) => {
      response.resume();
      resolve(response.statusCode!);
    });
    request.on('error', reject);
    request.end();
  });
}

/** A POST whose body is streamed in chunks with no Content-Length, as a client hiding its size would. */
async function chunkedPost(path: string, chunk: string, times: number, headers: Record<string, string> = {}) {
  let sent = 0;
  const body = new ReadableStream({
    pull(controller) {
      if (sent++ < times) controller.enqueue(new TextEncoder().encode(chunk));
      else controller.close();
    },
  });
  return fetch(`${site}${path}`, {
    method: 'POST',
    body,
    duplex: 'half',
    headers: { origin: site, 'content-type': 'application/json', ...headers },
  } as RequestInit);
}

test('oversized bodies are refused with a 4xx and a message, with or without a Content-Length', async ({ request, page }) => {
  // Over the app's 1 MB for any body but a photo: refused before any route reads it (lib/http/front-door.ts).
  const tooLarge = '요청 본문이 너무 큽니다. The request body is too large.';
  const comment = await request.post(`/api/articles/${slug}/comments`, {
    headers: { origin: site },
    data: { locale: 'en', content: megabytes(2) },
  });
  expect(comment.status()).toBe(413);
  expect(await comment.json()).toEqual({ error: tooLarge, fieldErrors: {} });

  // A body of unannounced length could be any size: only the photo upload, which counts what it reads, takes one.
  const streamed = await chunkedPost(`/api/articles/${slug}/comments`, `{"locale":"en","content":"${'x'.repeat(64 * 1024)}`, 64);
  expect(streamed.status).toBe(411);
  expect((await streamed.json()).error).toMatch(/Content-Length/);

  await signInAs(page, 'EDITOR');
  const batch = await page.request.post('/api/admin/comments/actions', {
    headers: { origin: site },
    data: { action: 'approve', ids: [], padding: 'x'.repeat(256 * 1024) },
  });
  expect(batch.status()).toBe(413);
  expect((await batch.json()).error).toBe('요청이 너무 큽니다. 한 번에 처리할 항목을 줄여 주세요.');

  const photo = await page.request.post('/api/admin/photos', {
    headers: { origin: site },
    multipart: { file: { name: 'huge.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(21 * 1024 * 1024) } },
  });
  expect(photo.status()).toBe(413);

  const glossary = serverActions().find(({ name }) => name === 'addGlossaryTerm')!;
  const action = await page.request.post(glossary.page, {
    headers: { origin: site, 'next-action': glossary.id, 'content-type': 'text/plain;charset=UTF-8' },
    data: JSON.stringify([megabytes(2)]),
  });
  expect(action.status()).toBe(413);
  expect((await action.json()).error).toBe(tooLarge);
});

test('malformed JSON and the wrong content type are a 400 with a message, never a 500', async ({ request }) => {
  for (const [body, type] of [
    ['{"locale":"ko",', 'application/json'],
    ['locale=ko&content=hi', 'application/x-www-form-urlencoded'],
    ['\u0000\u0001\u0002', 'application/octet-stream'],
  ]) {
    const response = await request.post(`/api/articles/${slug}/comments`, { headers: { origin: site, 'content-type': type! }, data: body });
    expect(response.status(), body).toBe(400);
    expect((await response.json()).error, body).toBe('입력한 내용을 확인해 주세요.');
  }
});

test('paths that climb out of the photo store are answered 404, however they are spelled', async () => {
  for (const path of [
    '/media/../../etc/passwd',
    '/media/%2e%2e/%2e%2e/etc/passwd',
    '/media/..%2f..%2fetc%2fpasswd',
    '/media/photos/..%5c..%5cpackage.json',
    '/media/%00.jpg',
  ]) {
    const status = await rawGet(path);
    expect([400, 404], path).toContain(status);
  }
});

test('search terms and filters with characters no database holds find nothing, and fail nothing', async ({ request, page }) => {
  for (const q of [hiddenCharacters.nul, `상주${hiddenCharacters.nul}`, '%ED%A0%80']) {
    const response = await request.get(`/ko/search?q=${q.startsWith('%') ? q : encodeURIComponent(q)}`);
    expect(response.status(), q).toBe(200);
  }
  await signInAs(page, 'EDITOR');
  for (const address of ['/admin/articles?q=%00', '/admin/comments?q=%00&nickname=%00&article=%00']) {
    expect((await page.request.get(address)).status(), address).toBe(200);
  }
});
