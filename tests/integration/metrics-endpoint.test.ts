import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { frontDoor } from '@/lib/http/front-door';
import { trustedProxies } from '@/lib/security/client-address';
import { promtoolCheckMetrics, sampleOf } from '../support/metrics-text';

/**
 * GET /metrics over a real socket through the app's front door, with a stand-in for Next.js behind it: what a
 * Prometheus server (or anyone else) reaching the instance gets, with the token, without it and with a wrong one.
 */
const token = 'metrics-token-for-this-test-0123456789';
let server: http.Server;
let base: string;
let nextSaw = 0;

beforeAll(async () => {
  server = http.createServer(
    frontDoor(trustedProxies(undefined), async (request, response) => {
      nextSaw++;
      request.resume();
      response.writeHead(request.url === '/ko/broken' ? 500 : 200).end('a page');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  vi.unstubAllEnvs();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const scrape = (authorization?: string) => fetch(`${base}/metrics`, { headers: authorization ? { authorization } : {} });

describe('GET /metrics', () => {
  it('is off, with a sentence saying how to turn it on, while METRICS_TOKEN is unset', async () => {
    vi.stubEnv('METRICS_TOKEN', '');
    const response = await scrape(`Bearer ${token}`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('set METRICS_TOKEN');
  });

  it('refuses a scraper without the token, or with a wrong one, with 401 and a sentence', async () => {
    vi.stubEnv('METRICS_TOKEN', token);
    for (const authorization of [undefined, `Bearer ${token.slice(0, -1)}`, `Bearer ${token}0`, `Basic ${token}`]) {
      const response = await scrape(authorization);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
      expect(await response.text()).toContain('Authorization: Bearer');
    }
  });

  it('answers the token with the metrics, before Next.js and uncounted, and shows the requests that went on to it', async () => {
    vi.stubEnv('METRICS_TOKEN', token);
    const ok = 'dateline_http_request_duration_seconds_count{route_group="reader-page",status_class="2xx"}';
    const failed = 'dateline_http_request_duration_seconds_count{route_group="reader-page",status_class="5xx"}';
    const before = await (await scrape(`Bearer ${token}`)).text();
    const seenBefore = nextSaw;
    await fetch(`${base}/ko`);
    await fetch(`${base}/ko/broken`);

    const response = await scrape(`Bearer ${token}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-request-id')).toBeNull();
    const text = await response.text();
    expect(nextSaw - seenBefore).toBe(2);
    expect(sampleOf(text, ok) - sampleOf(before, ok)).toBe(1);
    expect(sampleOf(text, failed) - sampleOf(before, failed)).toBe(1);
    expect(text).not.toContain('route_group="asset"');
    expect(promtoolCheckMetrics(text)).toEqual({ status: 0, output: '' });
  });
});
