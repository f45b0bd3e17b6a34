import { describe, expect, it } from 'vitest';
import { isSameOrigin } from '@/lib/security/same-origin';

const post = (headers: Record<string, string>) => new Request('http://127.0.0.1:3000/api/admin/photos', { method: 'POST', headers });

describe('telling same-origin requests from cross-site ones', () => {
  it('accepts a POST from a page of this site, directly or behind a proxy', () => {
    expect(isSameOrigin(post({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' }))).toBe(true);
    expect(isSameOrigin(post({ host: '10.0.0.5:3000', 'x-forwarded-host': 'news.example', origin: 'https://news.example' }))).toBe(true);
  });

  it.each([
    ['another site', { host: 'news.example', origin: 'https://evil.example' }],
    ['another port', { host: 'news.example', origin: 'https://news.example:8443' }],
    ['a sandboxed page', { host: 'news.example', origin: 'null' }],
    ['no Origin at all', { host: 'news.example' }],
  ])('refuses %s', (_case, headers) => {
    expect(isSameOrigin(post(headers))).toBe(false);
  });
});
