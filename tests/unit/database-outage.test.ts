import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NextApiRequest, NextApiResponse } from 'next';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Prisma } from '@/lib/db/generated/client';
import { isDatabaseOutage } from '@/lib/db/outage';
import { databaseRecentlyUnavailable, noteDatabaseOutage } from '@/lib/db/outage-window';
import { DatabaseUnavailableError } from '@/lib/db/unavailable';
import { OutageAwareResponse } from '@/lib/http/outage-response';
import { pagesApiRoute } from '@/lib/http/pages-api';

const unreachable = () => new Prisma.PrismaClientKnownRequestError("Can't reach database server", { code: 'P1001', clientVersion: 'test' });

// Long past: no outage in the window.
afterEach(() => noteDatabaseOutage(0));

/** A status and Retry-After from a server of OutageAwareResponses whose handler answers `status`. */
async function served(status: number, reason?: string) {
  const server = http.createServer({ ServerResponse: OutageAwareResponse }, (_req, res) => {
    if (reason) res.writeHead(status, reason).end();
    else {
      res.statusCode = status;
      res.end('failed');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    return { status: response.status, retryAfter: response.headers.get('retry-after') };
  } finally {
    server.close();
  }
}

describe('a database outage', () => {
  it('is told from Prisma’s errors, the reader pages’ DatabaseUnavailableError and errors they caused', () => {
    expect(isDatabaseOutage(unreachable())).toBe(true);
    expect(isDatabaseOutage(new DatabaseUnavailableError())).toBe(true);
    expect(isDatabaseOutage(new Error('saving failed', { cause: unreachable() }))).toBe(true);
    expect(isDatabaseOutage(new Prisma.PrismaClientKnownRequestError('taken', { code: 'P2002', clientVersion: 'test' }))).toBe(false);
    expect(isDatabaseOutage(new Error('bug'))).toBe(false);
  });

  it('is remembered for ten seconds once seen', () => {
    expect(databaseRecentlyUnavailable()).toBe(false);
    noteDatabaseOutage(1_000_000);
    expect(databaseRecentlyUnavailable(1_009_999)).toBe(true);
    expect(databaseRecentlyUnavailable(1_010_000)).toBe(false);
  });

  it('makes the app server send a 500 nothing else explained as 503 with Retry-After, while it lasts', async () => {
    expect(await served(500)).toEqual({ status: 500, retryAfter: null });
    noteDatabaseOutage();
    expect(await served(500)).toEqual({ status: 503, retryAfter: '30' });
    expect(await served(500, 'Internal Server Error')).toEqual({ status: 503, retryAfter: '30' });
    expect(await served(404)).toEqual({ status: 404, retryAfter: null });
  });

  it('that escapes a reader API route is answered 503 by the adapter, and noted', async () => {
    const route = pagesApiRoute(z.object({}), { GET: async () => Promise.reject(unreachable()) });
    const sent = { status: 0, headers: {} as Record<string, unknown>, body: '' };
    const res = {
      set statusCode(code: number) {
        sent.status = code;
      },
      setHeader: (name: string, value: unknown) => (sent.headers[name] = value),
      end: (body: Buffer) => (sent.body = body.toString()),
    } as unknown as NextApiResponse;
    await route({ method: 'GET', query: {}, headers: {}, url: '/api/x' } as unknown as NextApiRequest, res);
    expect(sent.status).toBe(503);
    expect(sent.headers['retry-after']).toBe('30');
    expect(JSON.parse(sent.body)).toEqual({ error: expect.stringContaining('Temporarily unavailable') });
    expect(databaseRecentlyUnavailable()).toBe(true);
  });

  it('is not what other errors of a reader API route become', async () => {
    const route = pagesApiRoute(z.object({}), { GET: async () => Promise.reject(new Error('bug')) });
    await expect(
      route({ method: 'GET', query: {}, headers: {}, url: '/api/x' } as unknown as NextApiRequest, {} as NextApiResponse),
    ).rejects.toThrow('bug');
  });
});
