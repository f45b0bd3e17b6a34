import { randomBytes } from 'node:crypto';
import { verify } from '@node-rs/argon2';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { POST as deletionRoute } from '@/pages/api/comments/[id]/deletion';
import { hashPassword } from '@/lib/auth/password';
import { hashCommentPassword, postComment } from '@/lib/comments/reader/post-comment';
import { readerRates } from '@/lib/comments/reader/reader-limits';
import type { Database } from '@/lib/db/client';
import { addArticle, formFor, someAddress, storeComment, stubCommentEnvironment } from '../support/comment-fixtures';
import { ownTestDatabase } from '../support/own-database';
import { readerRequest } from '../support/reader-request';

// Every argon2 verification is counted: what a stranger can make the server hash is the point of these tests.
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const real = await importOriginal<typeof import('@node-rs/argon2')>();
  return { ...real, verify: vi.fn(real.verify) };
});
const route = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock('@/lib/runtime/database', async (importOriginal) => ({ ...(await importOriginal<object>()), getDatabase: () => route.db }));

stubCommentEnvironment('comment-password-guessing');
const own = ownTestDatabase('comment_password_guessing');
let db: Database;
let article: { id: string; slug: string };
let passwordHash: string;

/** An address of its own: no other test's attempts count against it. */
const someIp = () => `10.${[...randomBytes(3)].join('.')}`;
const hashesRun = () => vi.mocked(verify).mock.calls.length;

function guess(id: string, password: string, ip: string) {
  return deletionRoute(readerRequest(`/api/comments/${id}/deletion`, { locale: 'ko', password }, { ip }), { id });
}

async function comments(count: number): Promise<string[]> {
  return Promise.all(Array.from({ length: count }, async () => (await storeComment(db, article.id, { passwordHash })).id));
}

beforeAll(async () => {
  db = own.db;
  route.db = db;
  article = await addArticle(db);
  passwordHash = await hashCommentPassword('right-password');
});
beforeEach(() => {
  vi.mocked(verify).mockClear();
});

describe('wrong deletion passwords', () => {
  it('cost one address at most its allowance of hashes, however many comments it spreads 500 guesses over', async () => {
    const ids = await comments(51);
    const ip = someIp();
    const statuses: number[] = [];
    for (let batch = 0; batch < 10; batch++) {
      const responses = await Promise.all(
        ids.slice(0, 50).map((id, i) => guess(ids[(batch * 50 + i) % ids.length]!, `guess-${batch}-${i}`, ip)),
      );
      statuses.push(...responses.map((response) => response.status));
    }
    expect(hashesRun()).toBeLessThanOrEqual(readerRates.wrongPasswordsPerAddress.points);
    expect(statuses.filter((status) => status === 403)).toHaveLength(hashesRun());
    expect(statuses.filter((status) => status === 429)).toHaveLength(500 - hashesRun());
  });

  it('cost one comment at most its allowance of hashes, however many addresses guess', async () => {
    const [id] = await comments(1);
    const responses = await Promise.all(Array.from({ length: 60 }, (_, i) => guess(id!, `guess-${i}`, someIp())));
    expect(hashesRun()).toBeLessThanOrEqual(readerRates.wrongPasswordsPerComment.points);
    expect(responses.filter((response) => response.status === 429)).toHaveLength(60 - hashesRun());
    // The price of that: the author waits too (or asks a moderator).
    const author = await guess(id!, 'right-password', someIp());
    expect(author.status).toBe(429);
    expect(await author.json()).toEqual({
      error: expect.stringMatching(/^패스워드를 여러 번 틀렸습니다\. \d+초 뒤에 다시 시도해 주세요\.$/u),
      fieldErrors: {},
    });
  });

  it('are refused before hashing when they arrive all at once', async () => {
    const [id] = await comments(1);
    const ip = someIp();
    const responses = await Promise.all(Array.from({ length: 40 }, (_, i) => guess(id!, `guess-${i}`, ip)));
    expect(hashesRun()).toBe(readerRates.wrongPasswordsPerAddressAndComment.points);
    expect(responses.filter((response) => response.status === 429)).toHaveLength(
      40 - readerRates.wrongPasswordsPerAddressAndComment.points,
    );
  });

  it('are the only attempts counted: an address deletes more of its own comments than the allowance of wrong ones', async () => {
    const ids = await comments(readerRates.wrongPasswordsPerAddress.points + 5);
    const ip = someIp();
    expect((await guess(ids[0]!, 'not-it', ip)).status).toBe(403);
    for (const id of ids) expect((await guess(id, 'right-password', ip)).status).toBe(200);
  });
});

describe('comment passwords', () => {
  it('are hashed lighter than staff passwords, and comments hashed the staff way before still delete', async () => {
    const posted = await postComment(db, article.slug, await formFor(article.id, { password: 'reader-pass' }), {
      ipHash: someAddress(),
      staffId: null,
    });
    if (posted.held) throw new Error('expected a visible comment');
    const stored = await db.comment.findUniqueOrThrow({ where: { id: posted.comment.id }, select: { passwordHash: true } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=7168,t=2,p=1\$/u);
    expect((await guess(posted.comment.id, 'reader-pass', someIp())).status).toBe(200);

    const older = await storeComment(db, article.id, { passwordHash: await hashPassword('older-password') });
    expect((await db.comment.findUniqueOrThrow({ where: { id: older.id } })).passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/u);
    expect((await guess(older.id, 'older-password', someIp())).status).toBe(200);
  });
});
