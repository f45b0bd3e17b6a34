import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as postRoute } from '@/pages/api/articles/[slug]/comments';
import { POST as challengeRoute } from '@/pages/api/articles/[slug]/comments/challenge';
import { POST as deletionRoute } from '@/pages/api/comments/[id]/deletion';
import { POST as reportRoute } from '@/pages/api/comments/[id]/reports';
import type { Database } from '@/lib/db/client';
import { addArticle, formFor, stubCommentEnvironment } from '../support/comment-fixtures';
import { ownTestDatabase } from '../support/own-database';
import { readerRequest } from '../support/reader-request';

const route = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock('@/lib/runtime/database', async (importOriginal) => ({ ...(await importOriginal<object>()), getDatabase: () => route.db }));

stubCommentEnvironment('comment-body-size');
const own = ownTestDatabase('comment_body_size');
let db: Database;
let article: { slug: string; id: string };

const tooLarge = '보낸 내용이 너무 커서 받을 수 없습니다. What you sent is too large to be accepted.';
const ip = '10.9.8.7';

function routes(body: () => BodyInit) {
  const id = randomUUID();
  const send = (path: string) => {
    const request = readerRequest(path, undefined, { ip });
    return new Request(request, { method: 'POST', body: body(), duplex: 'half' } as RequestInit);
  };
  return {
    post: () => postRoute(send(`/api/articles/${article.slug}/comments`), { slug: article.slug }),
    challenge: () => challengeRoute(send(`/api/articles/${article.slug}/comments/challenge`), { slug: article.slug }),
    report: () => reportRoute(send(`/api/comments/${id}/reports`), { id }),
    deletion: () => deletionRoute(send(`/api/comments/${id}/deletion`), { id }),
  };
}

beforeAll(async () => {
  db = own.db;
  route.db = db;
  article = await addArticle(db);
});

describe('a comment request body far larger than any form sends', () => {
  it('is answered 413 on every reader route, saying it is too large in Korean and English, and nothing is stored', async () => {
    const form = { ...(await formFor(article.id)), locale: 'en', content: '가'.repeat(100_000) };
    for (const [name, call] of Object.entries(routes(() => JSON.stringify(form)))) {
      const response = await call();
      expect(response.status, name).toBe(413);
      expect(await response.json(), name).toEqual({ error: tooLarge, fieldErrors: {} });
    }
    expect(await db.comment.count()).toBe(0);
  });

  it('is refused the same when it comes in pieces with no length announced', async () => {
    const piece = new TextEncoder().encode(`{"locale":"ko","content":"${'x'.repeat(8 * 1024)}`);
    const stream = () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < 8; i++) controller.enqueue(piece);
          controller.close();
        },
      });
    const response = await routes(stream).post();
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: tooLarge, fieldErrors: {} });
  });
});
