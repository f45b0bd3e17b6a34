/**
 * The app's HTTP server: Next.js's own request handler (the same one `next start` runs) behind a front door that
 * settles who the client is and refuses what Next.js would answer with a 500 (lib/http/front-door.ts). Built to
 * build/server.mjs (scripts/build-server-modules.ts); `npm start`, the tests and deploy/dateline@.service run that.
 *
 * PORT (3000) and LISTEN_ADDRESS set where it listens. LISTEN_ADDRESS defaults to every interface, or to 127.0.0.1
 * when TRUSTED_PROXIES is set: behind a proxy, only the proxy should reach the app.
 */
import http from 'node:http';
import net from 'node:net';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { frontDoor } from './front-door';
import { OutageAwareResponse } from './outage-response';
import { routeConsoleToLog } from '../log/console';
import { logger } from '../log/logger';
import { getRedis } from '../runtime/redis';
import { closeConnections, runShutdownTasks } from '../runtime/shutdown';
import { describeTrustedProxies, trustedProxies, type TrustedProxies } from '../security/client-address';

/** In-flight requests get this long to finish when the process is asked to stop. */
const shutdownGraceMilliseconds = 10_000;
/** An idle kept-alive connection is closed after this long; nginx closes its own sooner (deploy/nginx.conf). */
const keepAliveMilliseconds = 5_000;
/** How long a starting instance waits for Redis before it listens anyway (readers are served without it). */
const redisConnectMilliseconds = 5_000;

/**
 * Connects to Redis (REDIS_URL) before the first request. A restarted instance is sent readers as soon as it
 * listens, and an anti-spam challenge issued while Redis is still connecting would be kept in this process's memory,
 * where the instance that receives the comment cannot find it.
 */
async function connectRedis(url: string | undefined): Promise<void> {
  const redis = url ? getRedis(url) : undefined;
  if (!redis || redis.status === 'ready') return;
  await once(redis, 'ready', { signal: AbortSignal.timeout(redisConnectMilliseconds) }).catch(() => undefined);
}

/** Where to listen: LISTEN_ADDRESS, else loopback behind a proxy, else every interface (undefined). */
export function listenAddress(proxies: TrustedProxies, setting = process.env.LISTEN_ADDRESS): string | undefined {
  return setting || (proxies.names.length > 0 ? '127.0.0.1' : undefined);
}

async function main(): Promise<void> {
  Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? 'production' });
  // Made first, so a bad LOG_LEVEL or LOG_FORMAT stops the start with its sentence.
  const log = logger();
  routeConsoleToLog();
  const proxies = trustedProxies();
  const port = Number(process.env.PORT || 3000);
  const hostname = listenAddress(proxies);
  // Loaded after NODE_ENV is set: Next.js reads it as it loads.
  const { default: next } = await import('next');
  // quiet: Next.js would report a failed request's error again after instrumentation.ts has logged it with the request's id.
  const app = next({ dev: false, quiet: true, dir: process.cwd(), port, hostname: hostname ?? 'localhost' });
  await app.prepare();
  await connectRedis(process.env.REDIS_URL);

  const handle = frontDoor(proxies, app.getRequestHandler());
  let stopping = false;
  const server = http.createServer({ ServerResponse: OutageAwareResponse }, (request, response) => {
    // Once stopping, each kept-alive connection is closed after its answer, by the client knowing it is the last.
    if (stopping) response.shouldKeepAlive = false;
    return handle(request, response);
  });
  server.keepAliveTimeout = keepAliveMilliseconds;
  server.listen(port, hostname, () => {
    log.info({ address: hostname ?? null, port }, `Dateline is listening on ${hostname ?? 'every interface'}, port ${port}.`);
    log.info(describeTrustedProxies(proxies));
  });

  // In order: stop accepting, let requests in flight finish (10 s at most), stop the timers and write what is held in
  // memory (views, clicks: lib/runtime/shutdown.ts), and only then close the database and Redis, which they use.
  const stop = async () => {
    stopping = true;
    // New connections are refused (nginx sends those requests to another instance). Kept-alive connections are not
    // closed here, as http.Server#close would: a request nginx has just sent on one would be lost, and a POST is not
    // sent again. Each answers its next request as its last, and an idle one is closed by nginx within its
    // keepalive_timeout (3 s), or by this server after 5 s.
    const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
    const grace = setTimeout(() => server.closeAllConnections(), shutdownGraceMilliseconds);
    await closed;
    clearTimeout(grace);
    await runShutdownTasks();
    await closeConnections();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    // Straight to stderr when making the logger is what failed; into the log otherwise.
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
