/**
 * `npm run bench [-- --articles 2000 --comments 20000 --seconds 5]`: the production build on a generated database
 * (100,000 articles and 1,000,000 comments by default), measured with autocannon (50 connections, Accept-Encoding:
 * gzip as browsers send it) against two yardsticks: the article as a precompressed file served by nginx (the limit;
 * every row's req/s is printed as a multiple of it) and a bare Next.js page with the same HTML (the framework's
 * floor). Then the app alone and through deploy/nginx.conf, including whole page views. Prints a table and writes
 * it to var/bench/results.json. Not part of `npm test`. What the hot queries cost and why: docs/performance.md.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startBareNext } from './bare-next';
import { benchDir, benchStaff, createAddressBook } from './bench-setup';
import { prepareBenchDatabase } from './database';
import { commentPostFeed, feedSize, uncachedArticleFeed } from './feeds';
import { visiblePage } from './html';
import { measure, type LoadShape, type Row, type Scenario } from './measure';
import { nginxInstalled, startNginx, type RunningNginx } from './nginx';
import { articlePageView, type ViewRequest } from './page-view';
import { firstViewBudgetBytes, kilobytes, pageWeight, type PageWeight } from './page-weight';
import { megabytes } from './process-memory';
import { judge, printTable } from './report';
import { ensureProductionBuild, startSite } from './site';
import { signInStaff } from './staff-session';
import { staticFilePath, writeStaticArticle } from './static-file';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    comments: { type: 'string', default: '1000000' },
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '5' },
    connections: { type: 'string', default: '50' },
    workers: { type: 'string', default: String(Math.max(1, os.availableParallelism())) },
  },
});
const shape: LoadShape = {
  seconds: Number(values.seconds),
  warmupSeconds: Number(values.warmup),
  connections: Number(values.connections),
  workers: Number(values.workers),
};
const port = Number(process.env.BENCH_PORT ?? 3480);
const ports = { nginx: { http: port + 1, https: port + 2 }, staticFile: { http: port + 3, https: port + 4 }, bareNext: port + 5 };
const seedArticlePath = '/ko/articles/namyangju-changzhou-video-conference';
/** What the fed rows are sized for (with a margin): above what this machine reaches. */
const expectedRate = { uncachedArticle: 250, commentPost: 150 };
const gzip = { 'accept-encoding': 'gzip' };

/** The page as a browser asking for gzip receives it, decompressed. */
async function fetchHtml(url: string): Promise<string> {
  const response = await fetch(url, { headers: gzip });
  if (!response.ok) throw new Error(`${url} answered ${response.status}.`);
  return response.text();
}

function printPageView(weight: PageWeight): void {
  console.log(`\n› One page view of ${seedArticlePath} (every request with Accept-Encoding: gzip; bytes as transferred):`);
  for (const t of weight.transfers) {
    console.log(
      `  ${t.when === 'load' ? 'on load  ' : 'on scroll'}  ${kilobytes(t.bytes).padStart(8)}  ${t.path}  (${t.what}${t.encoding === 'none' ? '' : `, ${t.encoding}`})`,
    );
  }
}

function printPageWeight(weight: PageWeight): void {
  const met = weight.firstViewBytes <= firstViewBudgetBytes ? 'met' : 'MISSED';
  const parts = (when: ViewRequest['when']) =>
    weight.transfers
      .filter((t) => t.when === when)
      .map((t) => `${t.what} ${kilobytes(t.bytes)}`)
      .join(', ');
  console.log(
    `\nArticle page weight (gzip, as transferred): first view ${kilobytes(weight.firstViewBytes)} (budget ≤ ${kilobytes(firstViewBudgetBytes)}: ${met}):`,
  );
  console.log(`  ${parts('load')}.`);
  console.log(`  Reaching the comments adds ${kilobytes(weight.commentsBytes)}: ${parts('scroll')}.`);
}

const size = { articles: Number(values.articles), comments: Number(values.comments) };
const database = await prepareBenchDatabase(size);
await ensureProductionBuild();
const site = await startSite({ databaseUrl: database.url, port });
const rows: Row[] = [];
/** Measures a row, and stops the run if the app ended meanwhile. */
async function record(scenario: Scenario): Promise<void> {
  rows.push(await measure(scenario, shape));
  site.assertServing();
}
let nginx: RunningNginx | undefined;
try {
  const rssAtStart = site.rss();
  const loadAtStart = os.loadavg()[0]!;
  const articleHtml = await fetchHtml(`${site.url}${seedArticlePath}`);
  const view = await articlePageView(site.url, seedArticlePath);
  const weight = await pageWeight(site.url, view);
  printPageView(weight);
  const viewRequests = view.map(({ path }) => ({ path }));
  const cookie = await signInStaff(site, benchStaff('MODERATOR'));
  const commentList = `/api/articles/${database.mostCommentedSlug}/comments?${new URLSearchParams({ locale: 'ko', order: 'newest' })}`;
  const uncachedArticles = uncachedArticleFeed(database.loadArticles);
  const uncachedNeeded = feedSize(shape, expectedRate.uncachedArticle);
  if (uncachedArticles.size < uncachedNeeded) {
    console.log(
      `› The uncached row has ${uncachedArticles.size} pages to render and may need ${uncachedNeeded}: run with more --articles if it runs out.`,
    );
  }

  console.log(
    `\n› ${shape.connections} connections unless a row says otherwise, ${shape.warmupSeconds} s warm-up then ${shape.seconds} s each; ${shape.workers} autocannon workers for fixed requests.`,
  );
  const file = 'the seed article HTML as a file with its .gz beside it (gzip_static), keepalive';
  if (nginxInstalled()) {
    writeStaticArticle(articleHtml);
    nginx = await startNginx({
      site: { appPorts: [port], httpPort: ports.nginx.http, httpsPort: ports.nginx.https },
      staticFile: { httpPort: ports.staticFile.http, httpsPort: ports.staticFile.https },
    });
    await record({
      name: 'static file, HTTP',
      url: `${nginx.staticFile.httpUrl}${staticFilePath}`,
      yardstick: 'static file, HTTP',
      note: `${file}; plain HTTP`,
    });
  } else {
    console.log('› nginx is not installed (apt-get install nginx): no static-file yardstick, no rows through deploy/nginx.conf.');
  }
  const bareNext = await startBareNext(visiblePage(articleHtml), ports.bareNext);
  try {
    await record({
      name: 'bare Next.js page',
      url: bareNext.url,
      yardstick: 'bare Next.js page',
      note: 'one prerendered App Router page with the article <body>, next start, no database',
    });
    bareNext.assertServing();
  } finally {
    await bareNext.stop();
  }

  const oneThread = 'runs in one client thread';
  const search = (term: string) => `${site.url}/ko/search?q=${encodeURIComponent(term)}`;
  const queue = `${site.url}/admin/comments`;
  const nextAddress = createAddressBook();
  const postFeed = (rate: number) => commentPostFeed(site, database.mostCommentedSlug, feedSize(shape, rate), nextAddress);
  const appAlone: (Scenario | (() => Promise<Scenario>))[] = [
    {
      name: 'article, cached',
      url: `${site.url}${seedArticlePath}`,
      target: { atLeast: { times: 0.9, of: 'bare Next.js page' }, maxP99Ms: 100 },
    },
    {
      name: 'article, uncached',
      url: site.url,
      feed: uncachedArticles,
      target: { minRps: 100 },
      note: `a page not rendered yet every request (load-N in Korean, then in English); ${oneThread}`,
    },
    { name: 'front page', url: `${site.url}/ko` },
    { name: 'search 상주 (Korean)', url: search('상주'), connections: 10, target: { maxP99Ms: 100 } },
    { name: 'search 교류 (Korean)', url: search('교류'), connections: 10, target: { maxP99Ms: 100 } },
    { name: 'search 상주, steady 20 req/s', url: search('상주'), steady: { rate: 20, connections: 10 }, target: { maxP99Ms: 100 } },
    {
      name: 'comment list, first page',
      url: `${site.url}${commentList}`,
      target: { minRps: 1000 },
      note: `${database.mostCommentedSlug}, the most-commented article`,
    },
    { name: 'page view', url: site.url, view: viewRequests, note: `the ${view.length} requests listed above, in turn` },
    async () => ({
      name: 'comment post',
      url: site.url,
      feed: await postFeed(expectedRate.commentPost),
      target: { maxP99Ms: 100 },
      note: `fresh challenge, address and nickname per post; ${oneThread}`,
    }),
    async () => ({
      name: 'comment post, steady 10/s',
      url: site.url,
      feed: await postFeed(10),
      steady: { rate: 10, connections: 10 },
      target: { maxP99Ms: 100 },
    }),
    { name: 'moderation queue', url: queue, headers: { cookie }, target: { maxP99Ms: 100 } },
    {
      name: 'moderation queue, steady 5/s',
      url: queue,
      headers: { cookie },
      steady: { rate: 5, connections: 5 },
      target: { maxP99Ms: 100 },
    },
  ];
  for (const scenario of appAlone) await record(typeof scenario === 'function' ? await scenario() : scenario);

  if (nginx) {
    const through = nginx.httpsUrl;
    const throughNginx: Scenario[] = [
      {
        name: 'static file, HTTPS',
        url: `${nginx.staticFile.httpsUrl}${staticFilePath}`,
        yardstick: 'static file, HTTPS',
        note: `${file}; deploy/nginx.conf's TLS settings`,
      },
      {
        name: 'nginx: article, cached',
        url: `${through}${seedArticlePath}`,
        target: { atLeast: { times: 0.4, of: 'static file, HTTPS' }, maxP99Ms: 20 },
      },
      {
        name: 'nginx: article, cached, no gzip',
        url: `${through}${seedArticlePath}`,
        headers: { 'accept-encoding': 'identity' },
        note: 'the whole HTML each time',
      },
      {
        name: 'nginx: comment list, first page',
        url: `${through}${commentList}`,
        target: { atLeast: { times: 0.2, of: 'static file, HTTPS' }, maxP99Ms: 20 },
      },
      { name: 'nginx: page view', url: through, view: viewRequests },
    ];
    for (const scenario of throughNginx) await record(scenario);
  }
  const rssAtEnd = site.rss();
  const loadAtEnd = os.loadavg()[0]!;

  const judged = judge(rows);
  printTable(judged);
  printPageWeight(weight);
  console.log(
    `Server memory (RSS of next start and its children): ${megabytes(rssAtStart)} at the start, ${megabytes(rssAtEnd)} at the end.`,
  );
  console.log(
    `Load average (1 min) on ${os.availableParallelism()} CPUs: ${loadAtStart.toFixed(1)} at the start, ${loadAtEnd.toFixed(1)} at the end; other work on the machine lowers every row.`,
  );
  const results = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: os.availableParallelism(), node: process.version, loadAverage: { start: loadAtStart, end: loadAtEnd } },
    load: { ...shape },
    data: { database: database.url, ...size, mostCommentedSlug: database.mostCommentedSlug },
    rows: judged,
    pageWeight: { ...weight, firstViewBudgetBytes },
    serverRss: { startBytes: rssAtStart, endBytes: rssAtEnd },
  };
  writeFileSync(path.join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    `\nWritten to ${path.relative(process.cwd(), path.join(benchDir, 'results.json'))}. Query plans behind these figures: docs/performance.md.`,
  );
} finally {
  await nginx?.stop();
  await site.stop();
}
