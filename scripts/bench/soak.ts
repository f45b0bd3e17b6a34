/**
 * `npm run soak [-- --minutes 10 --rate 50]`: the production build on the benchmark database under steady mixed
 * traffic (article pages, front pages, comment lists, and comments posted through the anti-spam seam), sent at a
 * fixed rate whatever the answers' speed. Reports errors (there should be none), latency percentiles per kind and
 * the server's memory over the run (it should stay flat). Writes var/bench/soak.json. Not part of `npm test`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { benchDir, createAddressBook } from './bench-setup';
import { postHeaders, readDigits, requestChallenge } from './challenges';
import { prepareBenchDatabase } from './database';
import { megabytes } from './process-memory';
import { ensureProductionBuild, startSite, type RunningSite } from './site';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    rate: { type: 'string', default: '50' },
    articles: { type: 'string', default: '100000' },
    comments: { type: 'string', default: '1000000' },
  },
});
const minutes = Number(values.minutes);
const rate = Number(values.rate);
const port = Number(process.env.BENCH_PORT ?? 3480);
const timeoutMs = 10_000;

type Kind = 'article' | 'front page' | 'comment list' | 'challenge' | 'comment post';
const latencies = new Map<Kind, number[]>();
const failures: string[] = [];
let sent = 0;

async function timed(kind: Kind, send: () => Promise<Response>, expected: number[]): Promise<Response | null> {
  const started = performance.now();
  sent++;
  try {
    const response = await send();
    const body = await response.text();
    latencies.set(kind, latencies.get(kind) ?? []);
    latencies.get(kind)!.push(performance.now() - started);
    if (expected.includes(response.status)) return new Response(body, { status: response.status });
    failures.push(`${kind}: ${response.status} ${body.slice(0, 200)}`);
  } catch (error) {
    failures.push(`${kind}: ${(error as Error).message}`);
  }
  return null;
}

const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)]!;
/** Readers crowd onto the newest stories: 200 articles take the page views, the 50 newest the comments. */
const readArticles = Array.from({ length: 200 }, (_, i) => `load-${i + 1}`);
const commentedArticles = readArticles.slice(0, 50);

function trafficMix(site: RunningSite, redis: Redis) {
  const nextAddress = createAddressBook();
  const run = Date.now().toString(36);
  let posts = 0;
  const get = (kind: Kind, pathname: string) =>
    timed(kind, () => fetch(`${site.url}${pathname}`, { signal: AbortSignal.timeout(timeoutMs) }), [200]);
  const post = async () => {
    const slug = pick(commentedArticles);
    const address = nextAddress();
    const n = posts++;
    const issued = await timed(
      'challenge',
      async () => {
        const id = await requestChallenge(site, slug, address);
        return Response.json({ id, digits: await readDigits(redis, site, id) }, { status: 201 });
      },
      [201],
    );
    if (!issued) return;
    const { id, digits } = (await issued.json()) as { id: string; digits: string };
    await timed(
      'comment post',
      () =>
        fetch(`${site.url}/api/articles/${slug}/comments`, {
          method: 'POST',
          headers: postHeaders(site, address),
          body: JSON.stringify({
            locale: 'ko',
            nickname: `독자${run}${n}`,
            password: 'soak-password',
            content: `오래 버티기 점검 (${run}-${n})`,
            challengeId: id,
            answer: digits,
          }),
          signal: AbortSignal.timeout(timeoutMs),
        }),
      [201, 202],
    );
  };
  // Weights out of 100: reading dominates; one request in seven is a comment posted (challenge, then the post).
  const mix: [number, () => Promise<unknown>][] = [
    [45, () => get('article', `/${pick(['ko', 'en'])}/articles/${pick(readArticles)}`)],
    [15, () => get('front page', `/${pick(['ko', 'en'])}`)],
    [25, () => get('comment list', `/api/articles/${pick(commentedArticles)}/comments`)],
    [15, post],
  ];
  return () => {
    let roll = Math.random() * 100;
    for (const [weight, send] of mix) {
      if (roll < weight) return send();
      roll -= weight;
    }
    return mix[0]![1]();
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const database = await prepareBenchDatabase({ articles: Number(values.articles), comments: Number(values.comments) });
await ensureProductionBuild();
const site = await startSite({ databaseUrl: database.url, port });
const redis = new Redis(site.redisUrl);
try {
  const next = trafficMix(site, redis);
  const memory: { minute: number; rssBytes: number }[] = [{ minute: 0, rssBytes: site.rss() }];
  console.log(`› ${rate} requests/s of mixed traffic for ${minutes} min; server RSS at the start ${megabytes(memory[0]!.rssBytes)}.`);
  const started = performance.now();
  const total = Math.round(minutes * 60 * rate);
  const inFlight = new Set<Promise<unknown>>();
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const request = next().finally(() => inFlight.delete(request));
    inFlight.add(request);
    const minute = Math.floor((performance.now() - started) / 60_000);
    if (minute > memory.at(-1)!.minute) {
      memory.push({ minute, rssBytes: site.rss() });
      console.log(
        `  minute ${minute}: ${sent.toLocaleString('en-US')} requests, ${failures.length} errors, RSS ${megabytes(memory.at(-1)!.rssBytes)}`,
      );
    }
  }
  await Promise.all(inFlight);
  memory.push({ minute: minutes, rssBytes: site.rss() });
  const elapsedSeconds = (performance.now() - started) / 1000;

  const kinds = [...latencies].map(([kind, samples]) => {
    const sorted = [...samples].sort((a, b) => a - b);
    const ms = (p: number) => Math.round(percentile(sorted, p) * 10) / 10;
    return { kind, requests: sorted.length, p50Ms: ms(50), p90Ms: ms(90), p99Ms: ms(99), maxMs: Math.round(sorted.at(-1) ?? 0) };
  });
  console.log(
    `\n${sent.toLocaleString('en-US')} requests in ${elapsedSeconds.toFixed(0)} s (${(sent / elapsedSeconds).toFixed(1)}/s), ${failures.length} errors.`,
  );
  console.log(
    `\n${'Kind'.padEnd(14)} ${'requests'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p90 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)}`,
  );
  for (const k of kinds) {
    console.log(
      `${k.kind.padEnd(14)} ${String(k.requests).padStart(8)} ${String(k.p50Ms).padStart(8)} ${String(k.p90Ms).padStart(8)} ${String(k.p99Ms).padStart(8)} ${String(k.maxMs).padStart(8)}`,
    );
  }
  console.log(`\nServer RSS: ${memory.map((m) => `${m.minute} min ${megabytes(m.rssBytes)}`).join(', ')}.`);
  for (const failure of failures.slice(0, 10)) console.log(`  error: ${failure}`);
  writeFileSync(
    path.join(benchDir, 'soak.json'),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), minutes, rate, requests: sent, errors: failures.length, firstErrors: failures.slice(0, 20), kinds, memory }, null, 2)}\n`,
  );
  if (failures.length > 0) process.exitCode = 1;
} finally {
  redis.disconnect();
  await site.stop();
}
