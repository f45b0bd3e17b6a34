import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { frontDoor, maxBodyBytes } from '@/lib/http/front-door';
import { listenAddress } from '@/lib/http/server';
import { addressGroup, clientAddress, trustedProxies, TrustedProxiesError } from '@/lib/security/client-address';

/**
 * The app's front door over a real socket, with a stand-in for Next.js that answers with the client address it was
 * handed: what every limit, ban and hash behind it keys on.
 */
let server: http.Server | undefined;

async function serve(setting: string | undefined): Promise<string> {
  server = http.createServer(
    frontDoor(trustedProxies(setting), async (request, response) => {
      request.resume();
      response.end(request.headers['x-forwarded-for']);
    }),
  );
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function stop(): Promise<void> {
  const running = server;
  server = undefined;
  if (!running) return;
  running.closeAllConnections();
  await new Promise((resolve) => running.close(resolve));
}

afterEach(stop);

async function addressSeen(base: string, forwardedFor?: string): Promise<string> {
  const response = await fetch(`${base}/ko`, { headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} });
  return response.text();
}

/** A raw request, for what fetch would not send (bad escapes, chunked bodies without a stream). */
function rawRequest(base: string, lines: string[], body = ''): Promise<{ status: number; body: string }> {
  const { port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = new net.Socket();
    let received = '';
    socket.connect(Number(port), '127.0.0.1', () => socket.end(`${lines.join('\r\n')}\r\n\r\n${body}`));
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', ...rest] = received.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), body: rest.join('\r\n\r\n') });
    });
  });
}

describe('the client address', () => {
  it('is the connection’s own when no proxy is trusted, whatever X-Forwarded-For claims', async () => {
    const base = await serve(undefined);
    const seen = await Promise.all(['203.0.113.1', '203.0.113.2', '10.0.0.1, 198.51.100.9'].map((claim) => addressSeen(base, claim)));
    expect(new Set(seen)).toEqual(new Set(['127.0.0.1']));
  });

  it('comes from X-Forwarded-For only as far as trusted proxies wrote it', async () => {
    const behindLoopback = await serve('loopback');
    expect(await addressSeen(behindLoopback, '203.0.113.7')).toBe('203.0.113.7');
    // What the client wrote before the proxy's own entry is not believed.
    expect(await addressSeen(behindLoopback, '10.9.9.9, 203.0.113.7')).toBe('203.0.113.7');
    await stop();

    const behindAnotherProxy = await serve('10.0.0.5');
    expect(await addressSeen(behindAnotherProxy, '203.0.113.7')).toBe('127.0.0.1');
  });

  it('groups IPv6 by its /64, so rotating through one network is one reader', () => {
    expect(clientAddress('2001:db8:1:2:aaaa:bbbb:cccc:1')).toBe(clientAddress('2001:db8:1:2::ffff'));
    expect(clientAddress('2001:db8:1:2::1')).not.toBe(clientAddress('2001:db8:1:3::1'));
    expect(addressGroup('::ffff:198.51.100.4')).toBe('198.51.100.4');
    expect(addressGroup('198.51.100.4')).toBe('198.51.100.4');
  });

  it('refuses a TRUSTED_PROXIES it cannot read, and listens on loopback behind a proxy', () => {
    expect(() => trustedProxies('10.0.0.0/33')).toThrow(TrustedProxiesError);
    expect(listenAddress(trustedProxies(undefined), undefined)).toBeUndefined();
    expect(listenAddress(trustedProxies('127.0.0.1'), undefined)).toBe('127.0.0.1');
    expect(listenAddress(trustedProxies('127.0.0.1'), '10.0.0.2')).toBe('10.0.0.2');
  });
});

describe('the front door refuses, with a 4xx and a sentence, what would reach a route as a 500', () => {
  it('an address with a malformed %-escape or a NUL', async () => {
    const base = await serve(undefined);
    for (const path of ['/%FF', '/ko/articles/%FF', '/media/%FF.jpg']) {
      const response = await rawRequest(base, [`GET ${path} HTTP/1.1`, 'Host: x']);
      expect(response.status, path).toBe(400);
      expect(response.body, path).toContain('malformed');
    }
    for (const path of ['/ko/articles/%00', '/api/articles/%00/comments', '/en/reporters/%00']) {
      const response = await rawRequest(base, [`GET ${path} HTTP/1.1`, 'Host: x']);
      expect(response.status, path).toBe(400);
      expect(response.body, path).toContain('cannot be used');
    }
  });

  it('a newsroom action sent to a reader’s page', async () => {
    const base = await serve(undefined);
    const response = await fetch(`${base}/ko/articles/anything`, {
      method: 'POST',
      headers: { 'next-action': 'a'.repeat(42) },
      body: '[]',
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toContain('newsroom');
  });

  it('a body over 1 MB on any route but the photo upload, announced or streamed', async () => {
    const base = await serve(undefined);
    const announced = await fetch(`${base}/api/auth/callback/credentials`, { method: 'POST', body: 'x'.repeat(maxBodyBytes + 1) });
    expect(announced.status).toBe(413);
    expect((await announced.json()).error).toContain('too large');

    const streamed = await rawRequest(
      base,
      ['POST /admin/sign-in HTTP/1.1', 'Host: x', 'Transfer-Encoding: chunked'],
      '4\r\nabcd\r\n0\r\n\r\n',
    );
    expect(streamed.status).toBe(411);

    // A browser still sending when the refusal comes must read it, not a broken pipe.
    let sent = 0;
    const slowly = new ReadableStream({
      async pull(controller) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (sent++ < 64) controller.enqueue(new Uint8Array(64 * 1024));
        else controller.close();
      },
    });
    const slow = await fetch(`${base}/api/articles/any/comments`, { method: 'POST', body: slowly, duplex: 'half' } as RequestInit);
    expect(slow.status).toBe(411);
    expect((await slow.json()).fieldErrors).toEqual({});

    const photo = await fetch(`${base}/api/admin/photos`, { method: 'POST', body: 'x'.repeat(maxBodyBytes + 1) });
    expect(photo.status).toBe(200);
  });
});
