/**
 * A rolling restart under load, as deploy/rolling-deploy.sh does it: two production servers behind the shipped
 * deploy/nginx.conf, readers and commenters arriving at 50 requests a second, and deploy/restart-instances.sh
 * restarting the servers one after the other (SIGTERM, start again, wait for /readyz). No reader may notice: every
 * request answered, every comment the site accepted stored, once.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { seedArticle } from '@/prisma/seed/article-namyangju-sangju';
import { nginxInstalled, startSiteNginx, type RunningSiteNginx } from '@/scripts/bench/nginx';
import { readChallengeAnswer } from '../support/challenge-answer';
import { freePort } from '../support/free-port';
import { startSiteCluster, type SiteCluster } from '../support/site-cluster';
import { loadClient, steadyLoad, type LoadClient } from '../support/steady-load';

const slug = seedArticle.slug;
/** The domain deploy/nginx.conf serves; comment posts must come from its origin. */
const domain = 'news.example.kr';
/** Ticks a second; a comment is two requests (its anti-spam challenge, then the comment), a page one. */
const ticksPerSecond = 45;
const shortestLoadMilliseconds = 45_000;

let cluster: SiteCluster | undefined;
let nginx: RunningSiteNginx | undefined;
let nginxDir: string | undefined;
let control: http.Server | undefined;

test.skip(!nginxInstalled() && !process.env.CI, 'nginx is not installed (apt-get install nginx); CI installs it.');

test.afterAll(async () => {
  await nginx?.stop();
  await new Promise((resolve) => (control ? control.close(resolve) : resolve(undefined)));
  await cluster?.stop();
  if (nginxDir) await rm(nginxDir, { recursive: true, force: true });
});

/**
 * Stands where systemd does for deploy/restart-instances.sh: `POST /restart/PORT` restarts that instance and answers
 * once the old process has exited and the new one is started, as `systemctl restart` returns. Each old process's
 * exit code is kept.
 */
async function startRestartControl(site: SiteCluster, exitCodes: (number | null)[]): Promise<number> {
  const port = await freePort();
  control = http.createServer((request, response) => {
    const instance = Number(/^\/restart\/(\d+)$/u.exec(request.url ?? '')?.[1]);
    site.restart(instance).then(
      ({ exitCode }) => {
        exitCodes.push(exitCode);
        response.end('restarted\n');
      },
      (error: unknown) => {
        response.statusCode = 500;
        response.end(`${String(error)}\n`);
      },
    );
  });
  await new Promise<void>((resolve) => control!.listen(port, '127.0.0.1', resolve));
  return port;
}

function runRestartScript(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const script = spawn('bash', [path.resolve('deploy/restart-instances.sh')], { env: { ...process.env, ...env } });
    let output = '';
    script.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    script.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    script.on('exit', (code) => resolve({ code, output }));
  });
}

/** One reader's comment, as the form sends it: an image challenge (its digits read from Redis), then the comment. */
async function postComment(client: LoadClient, number: number, runId: string, posted: string[]): Promise<void> {
  // An address and a nickname of its own each, so neither per-address nor per-nickname limits are what is tested.
  const headers = { origin: `https://${domain}`, 'x-forwarded-for': `198.18.${number >> 8}.${number & 255}` };
  const challenge = await client.send({
    method: 'POST',
    path: `/api/articles/${slug}/comments/challenge`,
    headers,
    json: { locale: 'ko', kind: 'image' },
  });
  if (!challenge) return;
  const { id } = JSON.parse(challenge.body) as { id: string };
  const digits = await readChallengeAnswer(id, cluster!.redisKeyPrefix).catch((error: unknown) => client.fail(String(error)));
  if (typeof digits !== 'string') return;
  const content = `무중단 배포 중의 댓글 ${number} (${runId})`;
  const answer = await client.send({
    method: 'POST',
    path: `/api/articles/${slug}/comments`,
    headers,
    json: {
      locale: 'ko',
      nickname: `배포독자${number}`,
      password: 'rolling-deploy',
      content,
      challengeId: id,
      answer: digits,
    },
  });
  if (answer) posted.push(content);
}

test('restarting both instances one after the other under steady load fails no request and loses no comment', async () => {
  test.setTimeout(150_000);
  const started = Date.now();
  cluster = await startSiteCluster('rolling');
  const ports = [cluster.a, cluster.b].map((server) => Number(new URL(server.url).port));
  nginxDir = await mkdtemp(path.join(tmpdir(), 'dateline-rolling-nginx-'));
  nginx = await startSiteNginx({ site: { appPorts: ports, httpPort: await freePort(), httpsPort: await freePort() }, dir: nginxDir });
  const exitCodes: (number | null)[] = [];
  const controlPort = await startRestartControl(cluster, exitCodes);

  const client = loadClient(nginx.httpsUrl, domain);
  const runId = randomBytes(4).toString('hex');
  const posted: string[] = [];
  let comments = 0;
  // Of every nine ticks: three cached article pages, two cached front pages, two article pages past the cache (a
  // query string of their own), two comments.
  const act = (tick: number) => {
    const kind = tick % 9;
    if (kind < 3) return client.send({ path: `/ko/articles/${slug}` });
    if (kind < 5) return client.send({ path: '/ko' });
    if (kind < 7) return client.send({ path: `/ko/articles/${slug}?reader=${tick}` });
    return postComment(client, comments++, runId, posted);
  };

  let rollout: Promise<{ code: number | null; output: string }> | undefined;
  const loadStarted = Date.now();
  const loadOver = (async () => {
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    rollout = runRestartScript({
      INSTANCES: ports.join(' '),
      RESTART_COMMAND: `curl -fsS -X POST http://127.0.0.1:${controlPort}/restart/$1`,
    });
    await rollout;
    // Readers keep coming for a while on the restarted pair.
    await new Promise((resolve) => setTimeout(resolve, Math.max(5_000, shortestLoadMilliseconds - (Date.now() - loadStarted))));
  })();
  const ticks = await steadyLoad(ticksPerSecond, loadOver, act);
  const loadSeconds = (Date.now() - loadStarted) / 1000;
  const { code, output } = await rollout!;

  const database = new pg.Client({ connectionString: cluster.database.url });
  await database.connect();
  const stored = await database
    .query<{ content: string; copies: number }>(
      'SELECT content, count(*)::int AS copies FROM comments WHERE content LIKE $1 GROUP BY content',
      [`%(${runId})`],
    )
    .finally(() => database.end());
  const copies = new Map(stored.rows.map((row) => [row.content, row.copies]));
  const retried = nginx.errorLog().match(/connect\(\) failed \(111: Connection refused\)/gu)?.length ?? 0;
  console.log(
    `Rolling restart under load: ${ticks} ticks, ${client.sent()} requests over ${loadSeconds.toFixed(0)} s ` +
      `(${(client.sent() / loadSeconds).toFixed(0)}/s), ${client.failures().length} failed; ${comments} comments sent, ${posted.length} accepted, ` +
      `${stored.rows.length} stored; nginx met ${retried} refused connections and sent those requests on; ` +
      `test took ${((Date.now() - started) / 1000).toFixed(0)} s.\n${output}`,
  );

  if (client.failures().length > 0) console.log(`nginx's error log:\n${nginx.errorLog().split('\n').slice(-40).join('\n')}`);
  expect(code, output).toBe(0);
  expect(exitCodes).toEqual([0, 0]);
  expect(client.failures()).toEqual([]);
  expect(posted.length).toBe(comments);
  expect(posted.filter((content) => copies.get(content) !== 1)).toEqual([]);
  expect(stored.rows.length).toBe(posted.length);
});
