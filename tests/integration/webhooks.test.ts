import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { bodyFromParagraphs } from '@/lib/articles/body';
import { addCorrection, correctionInputSchema } from '@/lib/articles/corrections';
import { saveArticle } from '@/lib/articles/editing';
import { articleTextRecord } from '@/lib/articles/text-record';
import { publishDueArticles, takeWorkflowStep } from '@/lib/articles/workflow';
import { postComment } from '@/lib/comments/reader/post-comment';
import { createReaderLimits } from '@/lib/comments/reader/reader-limits';
import { newCommentSchema } from '@/lib/comments/reader/reader-schema';
import type { Database } from '@/lib/db/client';
import { RefusedError } from '@/lib/errors';
import { createSharedLimiter } from '@/lib/rate-limit/limiter';
import { retryWindowMs } from '@/lib/webhooks/backoff';
import { verifyWebhookSignature } from '@/lib/webhooks/signature';
import { createWebhook, resendDelivery, webhookInputSchema } from '@/lib/webhooks/webhooks';
import { claimDueDeliveries, keptForMs, pruneFinishedDeliveries, sendDueDeliveries, startWebhookWorkerOn } from '@/lib/webhooks/worker';
import { saveFrom } from '../support/article-save';
import { addArticle, formFor, someAddress, stubCommentEnvironment } from '../support/comment-fixtures';
import { ownTestDatabase } from '../support/own-database';

stubCommentEnvironment('webhooks');
const own = ownTestDatabase('webhooks');
let db: Database;
let adminId: string;
let editor: { id: string; role: 'EDITOR' };

/** A receiver on 127.0.0.1: answers each request with the next planned behaviour (then 200) and keeps what it got. */
type Received = { body: string; headers: IncomingMessage['headers'] };
const received: Received[] = [];
let plan: ('500' | 'hang')[] = [];
let server: Server;
let receiverUrl: string;

function answer(request: IncomingMessage, response: ServerResponse) {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    const step = plan.shift();
    if (step === 'hang') return;
    received.push({ body, headers: request.headers });
    response.writeHead(step === '500' ? 500 : 204).end();
  });
}

const form = (url: string, events: string[]) => webhookInputSchema.parse({ url, ...Object.fromEntries(events.map((e) => [e, 'on'])) });

beforeAll(async () => {
  db = own.db;
  vi.stubEnv('WEBHOOK_ALLOW_PRIVATE', '1');
  server = createServer(answer);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  adminId = (await db.staff.create({ data: staffRow('ADMIN') })).id;
  editor = { id: (await db.staff.create({ data: staffRow('EDITOR') })).id, role: 'EDITOR' };
});

afterAll(async () => {
  server.closeAllConnections();
  server.close();
});

beforeEach(async () => {
  vi.stubEnv('WEBHOOK_ALLOW_PRIVATE', '1');
  await db.webhook.deleteMany();
  received.length = 0;
  plan = [];
});

function staffRow(role: 'ADMIN' | 'EDITOR') {
  const name = `${role.toLowerCase()}-${someAddress().slice(0, 8)}`;
  return { email: `${name}@dateline.example`, slug: name, nameKo: name, nameEn: name, role, passwordHash: 'x' };
}

async function draftWithEnglish() {
  const article = await addArticle(db, { published: false });
  const en = {
    locale: 'en' as const,
    headline: `EN ${article.slug}`,
    subtitles: [],
    datelineCity: 'Seoul',
    datelineOutlet: 'Dateline',
    body: bodyFromParagraphs(['Body']),
  };
  await db.articleText.create({ data: { articleId: article.id, ...articleTextRecord(en) } });
  return article;
}

const deliveries = () => db.webhookDelivery.findMany({ orderBy: { createdAt: 'asc' } });
const version = async (id: string) => (await db.article.findUniqueOrThrow({ where: { id } })).version;

describe('registering a webhook', () => {
  it('takes http(s) URLs only and refuses private and loopback addresses unless WEBHOOK_ALLOW_PRIVATE=1', async () => {
    const reason = (work: Promise<unknown>) =>
      work.then(
        () => 'accepted',
        (error: RefusedError) => error.reason,
      );
    expect(await reason(createWebhook(db, adminId, form('ftp://example.com/x', ['article.published'])))).toBe('webhooks.errors.urlScheme');
    expect(await reason(createWebhook(db, adminId, form('http://user:pw@example.com/', ['article.published'])))).toBe(
      'webhooks.errors.urlCredentials',
    );
    expect(await reason(createWebhook(db, adminId, form(receiverUrl, [])))).toBe('webhooks.errors.noEvents');
    vi.stubEnv('WEBHOOK_ALLOW_PRIVATE', '');
    for (const url of [
      receiverUrl,
      'http://localhost:9/',
      'http://10.1.2.3/',
      'http://[::1]/',
      'http://169.254.169.254/latest',
      'http://[::ffff:127.0.0.1]/',
    ]) {
      expect(await reason(createWebhook(db, adminId, form(url, ['article.published']))), url).toBe('webhooks.errors.privateAddress');
    }
    vi.stubEnv('WEBHOOK_ALLOW_PRIVATE', '1');
    const webhook = await createWebhook(db, adminId, form(receiverUrl, ['article.published', 'comment.held']));
    expect(webhook).toMatchObject({ url: receiverUrl, events: ['article.published', 'comment.held'] });
    expect(webhook.secret).toMatch(/^whsec_[\w-]{43}$/);
    expect(await db.auditLog.findFirst({ where: { entityId: webhook.id } })).toMatchObject({ action: 'webhook.create', actorId: adminId });
  });
});

describe('deliveries', () => {
  it('are written with the publishing step, signed, and sent by the worker to whoever listens to the event', async () => {
    const webhook = await createWebhook(db, adminId, form(receiverUrl, ['article.published', 'article.unpublished']));
    await createWebhook(db, adminId, form(receiverUrl, ['article.updated']));
    const article = await draftWithEnglish();
    const now = new Date();
    await takeWorkflowStep(db, editor, { step: 'publish', articleId: article.id, version: await version(article.id) }, now);
    expect(await deliveries()).toMatchObject([{ event: 'article.published', webhookId: webhook.id, status: 'PENDING' }]);
    expect(received).toEqual([]);

    expect(await sendDueDeliveries(db)).toBe(1);
    expect(received).toHaveLength(1);
    const { body, headers } = received[0]!;
    expect(verifyWebhookSignature(webhook.secret, body, String(headers['dateline-signature']), new Date())).toBe(true);
    expect(
      verifyWebhookSignature(webhook.secret, body.replace('PUBLISHED', 'DRAFT'), String(headers['dateline-signature']), new Date()),
    ).toBe(false);
    expect(verifyWebhookSignature('whsec_other', body, String(headers['dateline-signature']), new Date())).toBe(false);
    expect(headers['dateline-event']).toBe('article.published');
    expect(JSON.parse(body)).toEqual({
      id: expect.any(String),
      event: 'article.published',
      occurredAt: now.toISOString(),
      article: {
        id: article.id,
        slug: article.slug,
        status: 'PUBLISHED',
        headlines: { ko: article.slug, en: `EN ${article.slug}` },
        urls: {
          ko: expect.stringMatching(new RegExp(`/ko/articles/${article.slug}$`)),
          en: expect.stringMatching(new RegExp(`/en/articles/${article.slug}$`)),
        },
      },
    });
    expect(await deliveries()).toMatchObject([{ status: 'DELIVERED', attempts: 1, lastStatusCode: 204, lastError: null }]);

    await saveArticle(db, editor, await saveFrom(db, article.id));
    await addCorrection(
      db,
      editor,
      correctionInputSchema.parse({ articleId: article.id, ko: '제목을 바로잡았습니다.', en: 'The headline was corrected.' }),
    );
    await takeWorkflowStep(db, editor, { step: 'unpublish', articleId: article.id, version: await version(article.id) });
    expect((await deliveries()).map((d) => d.event)).toEqual([
      'article.published',
      'article.updated',
      'article.updated',
      'article.unpublished',
    ]);
  });

  it('are not written when the change is rolled back, and scheduled articles are heard of when they go out', async () => {
    await createWebhook(db, adminId, form(receiverUrl, ['article.published']));
    const article = await draftWithEnglish();
    const stale = (await version(article.id)) + 5;
    await expect(takeWorkflowStep(db, editor, { step: 'publish', articleId: article.id, version: stale })).rejects.toThrow();
    const publishAt = new Date(Date.now() + 60_000);
    await takeWorkflowStep(db, editor, { step: 'schedule', articleId: article.id, version: await version(article.id), publishAt });
    expect(await deliveries()).toEqual([]);
    await publishDueArticles(db, new Date(publishAt.getTime() + 1000));
    expect(await deliveries()).toMatchObject([{ event: 'article.published' }]);
  });

  it('tell moderation tools of a held comment, with an excerpt and the reason', async () => {
    await createWebhook(db, adminId, form(receiverUrl, ['comment.held']));
    const article = await addArticle(db, { commentMode: 'PREMODERATED' });
    const content = '검토가 필요한 댓글 '.repeat(30);
    const posted = await postComment(
      db,
      article.slug,
      newCommentSchema.parse(await formFor(article.id, { content })),
      {
        ipHash: someAddress(),
        staffId: null,
      },
      { limits: createReaderLimits(createSharedLimiter) },
    );
    expect(posted.held).toBe(true);
    const [delivery] = await deliveries();
    const held = await db.comment.findFirstOrThrow({ where: { articleId: article.id } });
    expect(JSON.parse(delivery!.body)).toMatchObject({
      event: 'comment.held',
      comment: {
        id: held.id,
        articleSlug: article.slug,
        holdReason: 'PREMODERATION',
        excerpt: expect.stringMatching(/^검토가 필요한 댓글.*…$/),
      },
    });
    expect([...JSON.parse(delivery!.body).comment.excerpt]).toHaveLength(201);
  });
});

describe('the worker', () => {
  const listen = () => createWebhook(db, adminId, form(receiverUrl, ['article.published']));
  async function publishOne() {
    const article = await draftWithEnglish();
    await takeWorkflowStep(db, editor, { step: 'publish', articleId: article.id, version: await version(article.id) });
  }
  async function oneDelivery() {
    await listen();
    await publishOne();
  }

  it('retries after a 500 a minute later, then twice as long after each failure', async () => {
    await oneDelivery();
    plan = ['500', '500'];
    const start = new Date(Date.now() + 1000);
    await sendDueDeliveries(db, { now: start });
    let [delivery] = await deliveries();
    expect(delivery).toMatchObject({ status: 'PENDING', attempts: 1, lastStatusCode: 500 });
    expect(delivery!.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(55_000);
    expect(await sendDueDeliveries(db, { now: new Date(start.getTime() + 30_000) })).toBe(0);

    await sendDueDeliveries(db, { now: delivery!.nextAttemptAt });
    [delivery] = await deliveries();
    expect(delivery).toMatchObject({ status: 'PENDING', attempts: 2, lastStatusCode: 500 });
    expect(delivery!.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(115_000);

    await sendDueDeliveries(db, { now: delivery!.nextAttemptAt });
    expect(await deliveries()).toMatchObject([{ status: 'DELIVERED', attempts: 3, lastStatusCode: 204 }]);
    expect(received).toHaveLength(3);
  });

  it('counts a receiver that does not answer in time as a failure, and marks the delivery failed once the 24 hours are over', async () => {
    await oneDelivery();
    plan = ['hang', 'hang'];
    const start = new Date();
    await sendDueDeliveries(db, { now: start, timeoutMs: 300 });
    expect(await deliveries()).toMatchObject([{ status: 'PENDING', attempts: 1, lastStatusCode: null, lastError: 'Timed out' }]);
    await db.webhookDelivery.updateMany({ data: { firstAttemptAt: new Date(Date.now() - retryWindowMs) } });
    await sendDueDeliveries(db, { now: new Date(Date.now() + 2 * retryWindowMs), timeoutMs: 300 });
    const [failed] = await deliveries();
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 2, lastError: 'Timed out' });

    await resendDelivery(db, adminId, failed!.id);
    expect(await deliveries()).toMatchObject([{ status: 'PENDING', attempts: 0, firstAttemptAt: null }]);
    await sendDueDeliveries(db);
    expect(await deliveries()).toMatchObject([{ status: 'DELIVERED', attempts: 1, lastStatusCode: 204 }]);
    expect(await db.auditLog.findFirst({ where: { action: 'webhook.resend' }, orderBy: { id: 'desc' } })).toMatchObject({
      actorId: adminId,
      details: { deliveryId: failed!.id },
    });
  });

  it('loses nothing across a restart: a delivery a stopped worker left, or claimed and never finished, is sent by a new one', async () => {
    const stopped = startWebhookWorkerOn(db, 60_000);
    await stopped.stop();
    await oneDelivery();
    expect(await claimDueDeliveries(db, new Date())).toHaveLength(1);
    expect(await sendDueDeliveries(db)).toBe(0);

    const later = new Date(Date.now() + 61_000);
    expect(await sendDueDeliveries(db, { now: later })).toBe(1);
    expect(await deliveries()).toMatchObject([{ status: 'DELIVERED', attempts: 2 }]);

    await publishOne();
    const fresh = startWebhookWorkerOn(db, 50);
    await vi.waitFor(async () => expect((await deliveries()).every((d) => d.status === 'DELIVERED')).toBe(true), { timeout: 5000 });
    await fresh.stop();
    expect(received).toHaveLength(2);
  });

  it('keeps finished deliveries for 30 days for the admin’s table, and pending ones until they are sent', async () => {
    await listen();
    await publishOne();
    await publishOne();
    await sendDueDeliveries(db);
    await publishOne();
    const [sent] = await deliveries();
    expect(await pruneFinishedDeliveries(db, new Date(Date.now() + keptForMs - 60_000))).toBe(0);
    expect(await pruneFinishedDeliveries(db, new Date(Date.now() + keptForMs + 60_000))).toBe(2);
    expect(await deliveries()).toMatchObject([{ status: 'PENDING' }]);
    expect(sent!.status).toBe('DELIVERED');
  });

  it('never sends one delivery twice when several workers run at once', async () => {
    await listen();
    for (let i = 0; i < 6; i++) await publishOne();
    await Promise.all([sendDueDeliveries(db), sendDueDeliveries(db), sendDueDeliveries(db)]);
    await sendDueDeliveries(db);
    expect(received).toHaveLength(6);
    expect(new Set(received.map((r) => r.headers['dateline-delivery'])).size).toBe(6);
  });

  it('refuses at send time an address that is not public, also when a name resolves to one (DNS rebinding)', async () => {
    await listen();
    await createWebhook(db, adminId, form(`http://localhost:${new URL(receiverUrl).port}/hook`, ['article.published']));
    await publishOne();
    vi.stubEnv('WEBHOOK_ALLOW_PRIVATE', '');
    await sendDueDeliveries(db);
    const refused = {
      status: 'PENDING',
      attempts: 1,
      lastStatusCode: null,
      lastError: expect.stringMatching(/^Refused: 127\.0\.0\.1 is not a public address/),
    };
    expect(await deliveries()).toMatchObject([refused, refused]);
    expect(received).toEqual([]);
  });
});
