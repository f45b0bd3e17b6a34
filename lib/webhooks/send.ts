import http from 'node:http';
import https from 'node:https';
import { assertLiteralHostReachable, guardedLookup } from './address-guard';

/** A receiver gets this long to answer; then the attempt counts as failed and is retried later. */
export const sendTimeoutMs = 10_000;

/**
 * POSTs the body to the URL and resolves with the answer's status code (the answer's body is not read). Node's http
 * client rather than fetch: it takes the resolver its socket connects through (guardedLookup), which fetch offers
 * only through a separate package. Redirects are not followed: only the URL the admin typed is called.
 */
export function postWebhook(url: URL, body: string, headers: Record<string, string>, timeoutMs = sendTimeoutMs): Promise<number> {
  assertLiteralHostReachable(url);
  const request = url.protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
        lookup: guardedLookup,
        signal: AbortSignal.timeout(timeoutMs),
        agent: false,
      },
      (answer) => {
        answer.resume();
        resolve(answer.statusCode ?? 0);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
