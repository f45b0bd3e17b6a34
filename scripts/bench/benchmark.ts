/**
 * `npm run bench [-- --articles 2000 --comments 20000]`: the production build on a generated database (100,000
 * articles and 1,000,000 comments by default), measured with autocannon at 50 connections, then through
 * deploy/nginx.conf when nginx is installed. Prints a table and writes it to var/bench/results.json. Not part of
 * `npm test`. What the hot queries cost and why: docs/performance.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchDir, benchStaff, createAddressBook } from './bench-setup';
import { issueChallenges, postHeaders } from './challenges';
import { articlePageWeight, kilobytes } from './client-js';
import { prepareBenchDatabase } from './database';
import { measure, printTable, type FedRequest, type LoadShape, type Row, type Scenario } from './measure';
import { nginxInstalled, startNginx } from './nginx';
import { megabytes } from './process-memory';
import { ensureProductionBuild, startSite, type RunningSite } from './site';
import { signInStaff } from './staff-session';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    comments: { type: 'string', default: '1000000' },
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '5' },
    connections: { type: 'string', default: '50' },
    workers: { type: 'string', default: String(Math.max(1, os.availableParallelism())) },
    posts: { type: 'string', default: '3000' },
  },
});
const shape: LoadShape = {
  seconds: Number(values.seconds),
  warmupSeconds: Number(values.warmup),
  connections: Number(values.connections),
  workers: Number(values.workers),
};
const port = Number(process.env.BENCH_PORT ?? 3480);
const seedArticlePath = '/ko/articles/namyangju-changzhou-video-conference';
const stateFile = path.join(benchDir, 'state.json');

/** An article rendered by an earlier run may still be in a page cache (files of the build, or Redis): each run goes on where the last stopped. */
function uncachedArticleFeed(databaseUrl: string, loadArticles: number): () => FedRequest | null {
  const first = Math.min(1001, loadArticles);
  const saved = existsSync(stateFile) ? (JSON.parse(readFileSync(stateFile, 'utf8')) as { databaseUrl?: string; nextArticle?: number }) : {};
  let next = saved.databaseUrl === databaseUrl && saved.nextArticle && saved.nextArticle <= loadArticles ? saved.nextArticle : first;
  process.once('exit', () => writeFileSync(stateFile, JSON.stringify({ databaseUrl, nextArticle: next })));
  return () => (next > loadArticles ? null : { path: `/ko/articles/load-${next++}` });
}

async function commentPostFeed(site: RunningSite, slug: string, count: number): Promise<() => FedRequest | null> {
  const started = performance.now();
  const challenges = await issueChallenges(site, slug, count, createAddressBook());
  console.log(`  (issued ${count} anti-spam challenges in ${((performance.now() - started) / 1000).toFixed(1)} s, each to its own address)`);
  const run = Date.now().toString(36);
  let i = 0;
  return () => {
    const challenge = challenges[i];
    if (!challenge) return null;
    const n = i++;
    return {
      path: `/api/articles/${slug}/comments`,
      method: 'POST',
      headers: postHeaders(site, challenge.address),
      body: JSON.stringify({
        locale: 'ko',
        nickname: `독자${run}${n}`,
        password: 'bench-password',
        content: `잘 읽었습니다. 지역 소식 고맙습니다 (${run}-${n})`,
        challengeId: challenge.id,
        answer: challenge.digits,
      }),
    };
  };
}

async function staticChunk(site: RunningSite): Promise<string> {
  const html = await (await fetch(`${site.url}/ko`)).text();
  const chunk = /src="(\/_next\/static\/chunks\/[^"]+\.js)"/u.exec(html)?.[1];
  if (!chunk) throw new Error('The front page loads no /_next/static chunk.');
  return chunk;
}

const size = { articles: Number(values.articles), comments: Number(values.comments) };
const database = await prepareBenchDatabase(size);
await ensureProductionBuild();
const site = await startSite({ databaseUrl: database.url, port });
const rows: Row[] = [];
try {
  const rssAtStart = site.rss();
  const chunk = await staticChunk(site);
  const weight = await articlePageWeight(`${site.url}${seedArticlePath}`, `${site.url}/ko`);
  const cookie = await signInStaff(site, benchStaff('MODERATOR'));
  const commentsPath = `/api/articles/${database.mostCommentedSlug}/comments`;

  console.log(`\n› ${shape.connections} connections, ${shape.warmupSeconds} s warm-up then ${shape.seconds} s each; ${shape.workers} autocannon workers for fixed requests.`);
  const search = `${site.url}/ko/search?q=${encodeURIComponent('상주')}`;
  const queue = `${site.url}/admin/comments`;
  let posts: (() => FedRequest | null) | undefined;
  const postFeed = async () => (posts ??= await commentPostFeed(site, database.mostCommentedSlug, Number(values.posts)));
  const oneThread = 'runs in one client thread';
  const scenarios: (Scenario | (() => Promise<Scenario>))[] = [
    { name: 'static file (client ceiling)', url: `${site.url}${chunk}`, note: 'a built chunk: what this client can drive through Next.js' },
    { name: 'article, cached', url: `${site.url}${seedArticlePath}`, target: { minRps: 1000, maxP99Ms: 100 } },
    {
      name: 'article, uncached',
      url: site.url,
      feed: uncachedArticleFeed(database.url, database.loadArticles),
      target: { minRps: 100 },
      note: `a different article every request (load-N), each rendered once; ${oneThread}`,
    },
    { name: 'front page', url: `${site.url}/ko` },
    { name: 'search 상주 (Korean)', url: search, target: { maxP99Ms: 100 } },
    { name: 'search 상주, steady 20 req/s', url: search, steady: { rate: 20, connections: 10 }, target: { maxP99Ms: 100 } },
    { name: 'comment list API', url: `${site.url}${commentsPath}`, note: `${database.mostCommentedSlug}, the most-commented article` },
    async () => ({
      name: 'comment post',
      url: site.url,
      feed: await postFeed(),
      target: { maxP99Ms: 100 },
      note: `fresh challenge, address and nickname per post; ${oneThread}`,
    }),
    async () => ({ name: 'comment post, steady 10/s', url: site.url, feed: await postFeed(), steady: { rate: 10, connections: 10 }, target: { maxP99Ms: 100 } }),
    { name: 'moderation queue', url: queue, headers: { cookie }, target: { maxP99Ms: 100 } },
    { name: 'moderation queue, steady 5/s', url: queue, headers: { cookie }, steady: { rate: 5, connections: 5 }, target: { maxP99Ms: 100 } },
  ];
  for (const scenario of scenarios) rows.push(await measure(typeof scenario === 'function' ? await scenario() : scenario, shape));

  if (nginxInstalled()) {
    const nginx = await startNginx({ appPort: port, httpPort: port + 1, httpsPort: port + 2 });
    try {
      const browser = { 'accept-encoding': 'gzip, deflate, br' };
      rows.push(await measure({ name: 'nginx: static file (client ceiling)', url: `${nginx.httpsUrl}${chunk}`, headers: browser }, shape));
      const article = `${nginx.httpsUrl}${seedArticlePath}`;
      rows.push(await measure({ name: 'nginx: article, cached', url: article, headers: browser, target: { minRps: 10_000, maxP99Ms: 20 }, note: 'HTTPS, gzip as browsers ask' }, shape));
      rows.push(await measure({ name: 'nginx: article, cached, no gzip', url: article, note: 'HTTPS, the whole HTML each time' }, shape));
    } finally {
      await nginx.stop();
    }
  } else {
    console.log('› nginx is not installed (apt-get install nginx): skipping the measurements through deploy/nginx.conf.');
  }
  const rssAtEnd = site.rss();

  printTable(rows);
  console.log(`\nArticle page JavaScript (gzipped): own ${kilobytes(weight.ownGzipBytes)} (target ≤ 15 KB: ${weight.ownGzipBytes <= 15 * 1024 ? 'met' : 'MISSED'}),`);
  console.log(`  shared framework ${kilobytes(weight.sharedGzipBytes)}, inline page data ${kilobytes(weight.inlineGzipBytes)}, total ${kilobytes(weight.totalGzipBytes)}; HTML ${kilobytes(weight.htmlGzipBytes)}`);
  console.log(`  own chunks: ${weight.ownFiles.join(', ') || 'none'}`);
  console.log(`Server memory (RSS of next start and its children): ${megabytes(rssAtStart)} at the start, ${megabytes(rssAtEnd)} at the end.`);
  const results = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: os.availableParallelism(), node: process.version },
    load: { ...shape },
    data: { database: database.url, ...size, mostCommentedSlug: database.mostCommentedSlug },
    rows,
    articlePageJavaScript: weight,
    serverRss: { startBytes: rssAtStart, endBytes: rssAtEnd },
  };
  writeFileSync(path.join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWritten to ${path.relative(process.cwd(), path.join(benchDir, 'results.json'))}. Query plans behind these figures: docs/performance.md.`);
} finally {
  await site.stop();
}
