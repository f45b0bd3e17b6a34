import type { IncomingMessage, ServerResponse } from 'node:http';
import { maxUploadRequestBytes, uploadPath } from '@/lib/media/upload-limits';
import { answerMetrics } from '@/lib/metrics/endpoint';
import { resolveClientAddress, type TrustedProxies } from '@/lib/security/client-address';
import { readinessAnswer } from './readiness';
import { requestFinished } from './request-finished';
import { watchRequest } from './request-outcome';

/**
 * What every request passes before Next.js sees it (lib/http/server.ts): the refusals below, then the client's
 * address settled once and written into `X-Forwarded-For` (lib/security/client-address.ts). Each refusal here is one Next.js would
 * otherwise answer with a 500 or not at all: an address that cannot be decoded, a NUL inside one, a body of any size
 * read into memory by a route that has no limit of its own, a newsroom action sent to a reader's page.
 */
export type Refusal = { status: 400 | 411 | 413; error: string };

/** Bodies the app takes, uploads aside: a long article saved with its revision note stays far below. */
export const maxBodyBytes = 1024 * 1024;

const newsroomPrefix = '/admin';
const bodylessMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

const refusals = {
  malformedAddress: { status: 400, error: '주소의 % 표기가 올바르지 않습니다. The address has a malformed %-escape.' },
  nulInAddress: { status: 400, error: '주소에 쓸 수 없는 문자가 있습니다. The address contains a character that cannot be used.' },
  actionOutsideNewsroom: {
    status: 400,
    error: '이 주소는 편집국 요청을 받지 않습니다. This address does not take newsroom requests.',
  },
  lengthRequired: {
    status: 411,
    error: '요청 본문의 길이(Content-Length)를 알려 주세요. Send the length of the request body (Content-Length).',
  },
  bodyTooLarge: { status: 413, error: '요청 본문이 너무 큽니다. The request body is too large.' },
} as const satisfies Record<string, Refusal>;

function decodedPath(url: string): string | null {
  try {
    return decodeURIComponent(url.split('?', 1)[0]!);
  } catch {
    return null;
  }
}

function bodyLimitOf(method: string, path: string): number {
  return method === 'POST' && path === uploadPath ? maxUploadRequestBytes : maxBodyBytes;
}

/** Why this request is refused before it reaches a route, or null when it may go on. */
export function refusalOf(request: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): Refusal | null {
  const path = decodedPath(request.url ?? '/');
  if (path === null) return refusals.malformedAddress;
  if (path.includes('\0')) return refusals.nulInAddress;
  if (request.headers['next-action'] !== undefined && !path.startsWith(newsroomPrefix)) return refusals.actionOutsideNewsroom;

  const method = request.method ?? 'GET';
  if (bodylessMethods.has(method)) return null;
  const limit = bodyLimitOf(method, path);
  const declaredLength = request.headers['content-length'];
  if (declaredLength === undefined) {
    // A body of unannounced length could be any size; only uploads, which count what they read, accept one.
    return request.headers['transfer-encoding'] !== undefined && limit === maxBodyBytes ? refusals.lengthRequired : null;
  }
  return Number(declaredLength) > limit ? refusals.bodyTooLarge : null;
}

/** The refusal as the client expects it: the failure shape of every route for the APIs and newsroom actions, a line of text for everyone else. */
export function refusalResponse(
  request: Pick<IncomingMessage, 'url' | 'headers'>,
  { status, error }: Refusal,
): { status: number; headers: Record<string, string>; body: string } {
  const wantsJson = (request.url ?? '').startsWith('/api/') || request.headers['next-action'] !== undefined;
  return {
    status,
    headers: {
      'content-type': wantsJson ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
    },
    body: wantsJson ? JSON.stringify({ error, fieldErrors: {} }) : `${error}\n`,
  };
}

/** How much of a refused body is read and thrown away before the refusal is sent; past it the client is cut off. */
const maxDiscardedBytes = 16 * 1024 * 1024;

/**
 * Sends the refusal once the body has been read and thrown away, never kept: a client still sending when the
 * connection closed would see a broken pipe instead of the answer. A client sending more than any honest one
 * would gets the answer at once and is cut off.
 */
function refuse(request: IncomingMessage, response: ServerResponse, refusal: Refusal): void {
  const send = () => {
    if (response.headersSent) return;
    const { status, headers, body } = refusalResponse(request, refusal);
    response.writeHead(status, headers).end(body);
  };
  let discarded = 0;
  request.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded <= maxDiscardedBytes) return;
    send();
    request.destroy();
  });
  request.once('end', send);
}

const probeHeaders = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

/**
 * /healthz (the process is up) and /readyz (lib/http/readiness.ts) for nginx and orchestrators: answered here, before
 * Next.js, without a session, a cache or a log line. False when the request is not one of them.
 */
function answerProbe(request: IncomingMessage, response: ServerResponse): boolean {
  const path = (request.url ?? '/').split('?', 1)[0];
  if ((request.method !== 'GET' && request.method !== 'HEAD') || (path !== '/healthz' && path !== '/readyz')) return false;
  if (path === '/healthz') {
    response.writeHead(200, probeHeaders).end(JSON.stringify({ status: 'up' }));
    return true;
  }
  void readinessAnswer().then(({ status, body }) => response.writeHead(status, probeHeaders).end(JSON.stringify(body)));
  return true;
}

/**
 * Wraps the app's request handler: refuses what must be refused, answers health probes and /metrics, gives the rest an id and
 * watches it to its end (lib/http/request-outcome.ts), settles the client's address, hands it on.
 */
export function frontDoor(proxies: TrustedProxies, handle: (request: IncomingMessage, response: ServerResponse) => Promise<void>) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    const refusal = refusalOf(request);
    if (refusal) {
      refuse(request, response, refusal);
      return;
    }
    if (answerProbe(request, response) || answerMetrics(request, response)) return;
    watchRequest(request, response, proxies, requestFinished);
    request.headers['x-forwarded-for'] = resolveClientAddress(request, proxies);
    void handle(request, response);
  };
}
