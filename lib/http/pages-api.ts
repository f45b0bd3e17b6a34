import type { NextApiRequest, NextApiResponse } from 'next';
import type { z } from 'zod';
import { isDatabaseOutage } from '@/lib/db/outage';
import { noteDatabaseOutage } from '@/lib/db/outage-window';
import { databaseUnavailableRetryAfterSeconds } from '@/lib/db/unavailable';

/** A route's work for one method, in the web's terms: the request, and the address's parameters. */
export type ApiHandler<P> = (request: Request, params: P) => Promise<Response>;

const bodyless = new Set(['GET', 'HEAD']);

// Before the request is read, its page's language is not known: both, Korean first.
const methodNotAllowed = '이 주소는 이런 방식의 요청을 받지 않습니다. This address does not take this kind of request.';
const notFound = '찾는 항목이 없습니다. Nothing was found at this address.';
const unavailable = '잠시 이용할 수 없습니다. 곧 다시 시도해 주세요. Temporarily unavailable; try again shortly.';

/**
 * More than any reader route takes (their own limits are far lower, lib/security/request-body.ts): reading stops
 * here, and the route sees a body over its limit and refuses it with its own message.
 */
const maxBodyBytes = 64 * 1024;

/**
 * The body, read as far as `maxBodyBytes` and one chunk more: enough to tell a route its body is too large. The
 * rest is left to Node.js, which discards it once the answer is sent.
 */
function bodyOf(req: NextApiRequest): Promise<Buffer> {
  // A client that hung up before its body came has nothing more to send (and no one to answer).
  if (req.readableEnded || req.destroyed) return Promise.resolve(Buffer.alloc(0));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      req.off('data', take).off('end', done).off('close', done).off('error', reject);
      req.pause();
      resolve(Buffer.concat(chunks));
    };
    const take = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > maxBodyBytes) done();
    };
    req.on('data', take).once('end', done).once('close', done).once('error', reject);
  });
}

async function webRequest(req: NextApiRequest): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const each of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, each);
  }
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const method = req.method ?? 'GET';
  return new Request(url, { method, headers, body: bodyless.has(method) ? undefined : new Uint8Array(await bodyOf(req)) });
}

async function send(res: NextApiResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** The route's answer; a database outage the route did not answer itself is a 503, a wait rather than a failure. */
async function answer<P>(handler: ApiHandler<P>, request: Request, params: P): Promise<Response> {
  try {
    return await handler(request, params);
  } catch (error) {
    if (!isDatabaseOutage(error)) throw error;
    noteDatabaseOutage();
    return Response.json({ error: unavailable }, { status: 503, headers: { 'Retry-After': String(databaseUnavailableRetryAfterSeconds) } });
  }
}

/**
 * A reader API route (pages/api): Next.js's leanest way to answer a request, several times the throughput of an
 * App Router route handler here (README, "How reader pages are served"). The handlers are written against the web's
 * Request and Response like the newsroom's route handlers, and tested the same way; this adapts them. Each route
 * file sets `api: { bodyParser: false }`: the handlers read and limit bodies themselves.
 */
export function pagesApiRoute<S extends z.ZodType<Record<string, string>>>(
  params: S,
  handlers: Partial<Record<'GET' | 'POST', ApiHandler<z.output<S>>>>,
) {
  return async function route(req: NextApiRequest, res: NextApiResponse): Promise<void> {
    const handler = handlers[req.method as 'GET' | 'POST'];
    if (!handler) {
      res.setHeader('Allow', Object.keys(handlers).join(', '));
      res.status(405).json({ error: methodNotAllowed });
      return;
    }
    const parsed = params.safeParse(req.query);
    if (!parsed.success) {
      res.status(404).json({ error: notFound });
      return;
    }
    await send(res, await answer(handler, await webRequest(req), parsed.data));
  };
}
