/**
 * Readers arriving at a steady pace, however slowly the site answers (an open loop: a slow answer does not hold back
 * the next reader), through nginx's HTTPS listener as the site's domain. Every request is counted, and every answer
 * that is not a success or a redirect, or no answer at all, is kept as a failure.
 */
import https from 'node:https';

export type Answer = { status: number; body: string };

export type SiteRequest = { method?: 'GET' | 'POST'; path: string; headers?: Record<string, string>; json?: unknown };

export type LoadClient = {
  /** Sends one request; a failure is recorded and answered with null. */
  send(request: SiteRequest): Promise<Answer | null>;
  /** Records a failure found after the answer (a comment the answer named but Redis did not know, say). */
  fail(what: string): void;
  sent(): number;
  failures(): string[];
};

/** A client for `baseUrl` (nginx, with the test's self-signed certificate) that names itself `host`, as readers do. */
export function loadClient(baseUrl: string, host: string): LoadClient {
  const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });
  let sent = 0;
  const failures: string[] = [];
  const fail = (what: string) => failures.push(`${new Date().toISOString()} ${what}`);
  const send = ({ method = 'GET', path, headers = {}, json }: SiteRequest) =>
    new Promise<Answer | null>((resolve) => {
      sent++;
      const failed = (why: string) => {
        fail(`${method} ${path}: ${why}`);
        resolve(null);
      };
      const body = json === undefined ? undefined : JSON.stringify(json);
      const request = https.request(
        new URL(path, baseUrl),
        {
          method,
          agent,
          timeout: 30_000,
          headers: { host, ...(body !== undefined && { 'content-type': 'application/json' }), ...headers },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('error', (error) => failed(error.message));
          response.on('end', () => {
            const status = response.statusCode ?? 0;
            if (status >= 400 || status < 200) failed(`${status} ${text.slice(0, 200)}`);
            else resolve({ status, body: text });
          });
        },
      );
      request.on('timeout', () => request.destroy(new Error('no answer within 30 s')));
      request.on('error', (error) => failed(error.message));
      request.end(body);
    });
  return { send, fail, sent: () => sent, failures: () => [...failures] };
}

/** Starts `act(tick)` `perSecond` times a second until `until` settles; resolves once every act has finished. */
export async function steadyLoad(perSecond: number, until: Promise<unknown>, act: (tick: number) => Promise<unknown>): Promise<number> {
  let running = true;
  const stop = () => (running = false);
  until.then(stop, stop);
  const acts: Promise<unknown>[] = [];
  const started = Date.now();
  for (let tick = 0; running; tick++) {
    acts.push(act(tick));
    const next = started + ((tick + 1) * 1000) / perSecond;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now())));
  }
  await Promise.allSettled(acts);
  return acts.length;
}
