import { beforeAll, describe, expect, it } from 'vitest';
import { issueChallenge } from '@/lib/comments/challenge/issue-challenge';
import { solveProof } from '@/lib/comments/challenge/proof-of-work';
import { listArticleComments } from '@/lib/comments/reader/list-comments';
import { postComment, type CommentAuthor } from '@/lib/comments/reader/post-comment';
import { createReaderLimits, readerRates } from '@/lib/comments/reader/reader-limits';
import { newCommentSchema, type NewComment } from '@/lib/comments/reader/reader-schema';
import type { Database } from '@/lib/db/client';
import type { CommentMode } from '@/lib/db/generated/enums';
import { createSharedLimiter } from '@/lib/rate-limit/limiter';
import { addArticle, formFor, refusalOf, someAddress, someNickname, stubCommentEnvironment } from '../support/comment-fixtures';
import { ownTestDatabase } from '../support/own-database';

stubCommentEnvironment('comment-posting');
const own = ownTestDatabase('comment_posting');
let db: Database;
let article: { id: string; slug: string };
const limits = createReaderLimits(createSharedLimiter);

const reader = (fields: Partial<CommentAuthor> = {}): CommentAuthor => ({ ipHash: someAddress(), staffId: null, ...fields });

function post(form: NewComment, author = reader(), options: { now?: Date; slug?: string } = {}) {
  return postComment(db, options.slug ?? article.slug, newCommentSchema.parse(form), author, { limits, now: options.now });
}

async function listedIds(slug = article.slug): Promise<string[]> {
  const listed = await listArticleComments(db, slug);
  return listed.comments.map((comment) => comment.content);
}

async function withSiteMode<T>(mode: CommentMode, work: () => Promise<T>): Promise<T> {
  await db.commentSettings.update({ where: { id: 1 }, data: { mode } });
  try {
    return await work();
  } finally {
    await db.commentSettings.update({ where: { id: 1 }, data: { mode: 'OPEN' } });
  }
}

beforeAll(async () => {
  db = own.db;
  article = await addArticle(db);
});

describe('posting a comment', () => {
  it('shows it at once, stores only hashes of the password and address, and never gives them back', async () => {
    const form = await formFor(article.id, { nickname: ' Kim  Reader ', content: '  좋은 기사\r\n잘 읽었습니다  ' });
    const author = reader();
    const posted = await post(form, author);
    expect(posted).toMatchObject({
      held: false,
      comment: { nickname: 'Kim  Reader', content: '좋은 기사\n잘 읽었습니다', locale: 'ko', staff: false },
    });
    if (posted.held) throw new Error('expected a visible comment');
    expect(Object.keys(posted.comment).sort()).toEqual(['content', 'createdAt', 'id', 'locale', 'nickname', 'staff']);

    const stored = await db.comment.findUniqueOrThrow({ where: { id: posted.comment.id } });
    expect(stored).toMatchObject({ status: 'VISIBLE', holdReason: null, ipHash: author.ipHash, nicknameKey: 'kimreader', staffId: null });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain('pass1234');
    expect(await listedIds()).toContain('좋은 기사\n잘 읽었습니다');
  });

  it('marks a signed-in staff member’s comment for the badge', async () => {
    const staff = await db.staff.create({
      data: {
        slug: 'comment-staff',
        email: 'comment-staff@dateline.example',
        nameKo: '기자',
        nameEn: 'Reporter',
        role: 'REPORTER',
        passwordHash: 'unused',
      },
    });
    const posted = await post(await formFor(article.id), reader({ staffId: staff.id }));
    expect(posted).toMatchObject({ held: false, comment: { staff: true } });
  });

  it('keeps "a < b" and a URL as plain text', async () => {
    const content = 'a < b 이고 b > c 입니다. https://example.com/기사';
    expect(await post(await formFor(article.id, { content }))).toMatchObject({ comment: { content } });
  });

  it('accepts the proof of work instead of the image', async () => {
    const challenge = await issueChallenge(article.id, 'proof', someAddress());
    if (challenge.kind !== 'proof') throw new Error('expected a proof challenge');
    const form = await formFor(article.id, { challengeId: challenge.id, answer: solveProof(challenge.salt, challenge.difficulty) });
    expect(await post(form)).toMatchObject({ held: false });
  });

  it('refuses an unpublished or unknown article', async () => {
    const draft = await addArticle(db, { published: false });
    expect(await refusalOf(post(await formFor(draft.id), reader(), { slug: draft.slug }))).toEqual({ code: 'articleNotFound' });
    expect(await refusalOf(post(await formFor(draft.id), reader(), { slug: 'no-such-article' }))).toEqual({ code: 'articleNotFound' });
  });
});

describe('the anti-spam answer', () => {
  it('refuses a wrong number, which uses the challenge up', async () => {
    const form = await formFor(article.id);
    const wrong = form.answer === '00000' ? '11111' : '00000';
    expect(await refusalOf(post({ ...form, answer: wrong }))).toEqual({ code: 'answerWrong', field: 'answer' });
    expect(await refusalOf(post(form))).toEqual({ code: 'challengeExpired', field: 'answer' });
  });

  it('refuses a challenge used twice', async () => {
    const form = await formFor(article.id);
    await post(form);
    expect(await refusalOf(post({ ...form, nickname: someNickname(), content: '다른 내용입니다' }))).toEqual({
      code: 'challengeExpired',
      field: 'answer',
    });
  });

  it('refuses an expired challenge, one for another article, and an unknown id', async () => {
    const inEleven = new Date(Date.now() + 11 * 60_000);
    expect(await refusalOf(post(await formFor(article.id), reader(), { now: inEleven }))).toEqual({
      code: 'challengeExpired',
      field: 'answer',
    });
    const other = await addArticle(db);
    expect(await refusalOf(post(await formFor(other.id)))).toEqual({ code: 'challengeExpired', field: 'answer' });
    expect(await refusalOf(post(await formFor(article.id, { challengeId: 'made-up' })))).toEqual({
      code: 'challengeExpired',
      field: 'answer',
    });
  });
});

describe('rate limits', () => {
  it('let readers sharing an address comment one after the other, and each nickname once per 15 seconds', async () => {
    const office = reader();
    const first = await formFor(article.id);
    await post(first, office);
    await post(await formFor(article.id), office);
    const again = await refusalOf(post(await formFor(article.id, { nickname: first.nickname }), office));
    expect(again).toMatchObject({ code: 'slowDown' });
    expect(again.retryAfterSeconds).toBeGreaterThan(10);
  });

  it('stop an address after sixty comments in ten minutes', async () => {
    const busy = reader();
    for (let i = 0; i < readerRates.commentsPerAddress.points; i++) await limits.commentsPerAddress.consume(busy.ipHash);
    const refused = await refusalOf(post(await formFor(article.id), busy));
    expect(refused).toMatchObject({ code: 'slowDown' });
    expect(refused.retryAfterSeconds).toBeGreaterThan(500);
  });

  it('stop an address that keeps answering the anti-spam number wrong, even with a right answer', async () => {
    const guesser = reader();
    for (let i = 0; i < readerRates.wrongAnswersPerAddress.points; i++) {
      const form = await formFor(article.id);
      expect(await refusalOf(post({ ...form, answer: form.answer === '00000' ? '11111' : '00000' }, guesser))).toMatchObject({
        code: 'answerWrong',
      });
    }
    expect(await refusalOf(post(await formFor(article.id), guesser))).toMatchObject({ code: 'slowDown' });
  });

  it('apply to a nickname from another address too, however it is spelled', async () => {
    await post(await formFor(article.id, { nickname: 'Night Owl' }));
    expect(await refusalOf(post(await formFor(article.id, { nickname: 'nightowl' })))).toMatchObject({ code: 'slowDown' });
  });

  it('do not count a mistyped number: the reader may try again at once', async () => {
    const author = reader();
    const form = await formFor(article.id);
    expect(await refusalOf(post({ ...form, answer: form.answer === '00000' ? '11111' : '00000' }, author))).toMatchObject({
      code: 'answerWrong',
    });
    await post(await formFor(article.id, { nickname: form.nickname }), author);
  });
});

describe('banned and suspect words', () => {
  beforeAll(async () => {
    await db.bannedWord.createMany({
      data: [
        { term: '바보', level: 'BANNED' },
        { term: 'casino', level: 'SUSPECT' },
      ],
    });
  });

  it('refuse a banned word with spaces and symbols inside, in the content or the nickname, neutrally', async () => {
    expect(await refusalOf(post(await formFor(article.id, { content: '이 기자는 바 . 보 같다' })))).toEqual({ code: 'refused' });
    expect(await refusalOf(post(await formFor(article.id, { content: '정말 바*보*야' })))).toEqual({ code: 'refused' });
    expect(await refusalOf(post(await formFor(article.id, { nickname: '바-보 독자' })))).toEqual({ code: 'refused' });
  });

  it('hold a suspect word for a moderator, out of the list', async () => {
    const form = await formFor(article.id, { content: '여기 c.a.s.i.n.o 에서 만나요' });
    expect(await post(form)).toEqual({ held: true, comment: null });
    const stored = await db.comment.findFirstOrThrow({ where: { content: form.content } });
    expect(stored).toMatchObject({ status: 'HELD', holdReason: 'SUSPECT_WORD' });
    expect(await listedIds()).not.toContain(form.content);
  });
});

describe('pre-moderation and closed comments', () => {
  it('hold every comment when the site pre-moderates, and show it only once approved', async () => {
    const form = await formFor(article.id);
    const posted = await withSiteMode('PREMODERATED', () => post(form));
    expect(posted).toMatchObject({ held: true, comment: null });
    expect(await db.comment.findFirstOrThrow({ where: { content: form.content } })).toMatchObject({
      status: 'HELD',
      holdReason: 'PREMODERATION',
    });
    expect(await listedIds()).not.toContain(form.content);
  });

  it('hold comments on one pre-moderated article only', async () => {
    const moderated = await addArticle(db, { commentMode: 'PREMODERATED' });
    expect(await post(await formFor(moderated.id), reader(), { slug: moderated.slug })).toMatchObject({ held: true });
    expect(await post(await formFor(article.id))).toMatchObject({ held: false });
    expect(await listedIds(moderated.slug)).toEqual([]);
  });

  it('refuse comments where they are closed, site-wide or on the article', async () => {
    const closed = await addArticle(db, { commentMode: 'CLOSED' });
    expect(await refusalOf(post(await formFor(closed.id), reader(), { slug: closed.slug }))).toEqual({ code: 'closed' });
    expect(await refusalOf(withSiteMode('CLOSED', async () => post(await formFor(article.id))))).toEqual({ code: 'closed' });
  });
});

describe('bans', () => {
  it('refuse a banned nickname, however it is spelled, and a banned address, neutrally', async () => {
    await db.commentBan.create({ data: { kind: 'NICKNAME', value: 'troublemaker' } });
    expect(await refusalOf(post(await formFor(article.id, { nickname: 'Trouble Maker' })))).toEqual({ code: 'refused' });
    const banned = reader();
    await db.commentBan.create({ data: { kind: 'IP_HASH', value: banned.ipHash, expiresAt: new Date(Date.now() + 3_600_000) } });
    expect(await refusalOf(post(await formFor(article.id), banned))).toEqual({ code: 'refused' });
  });

  it('no longer apply once expired or lifted', async () => {
    const expired = reader();
    await db.commentBan.create({ data: { kind: 'IP_HASH', value: expired.ipHash, expiresAt: new Date(Date.now() - 1000) } });
    await post(await formFor(article.id), expired);
    const nickname = someNickname();
    await db.commentBan.create({ data: { kind: 'NICKNAME', value: nickname, liftedAt: new Date() } });
    await post(await formFor(article.id, { nickname }));
  });
});

describe('duplicates', () => {
  it('refuse the same words again from the same address, even on another article, however spaced or cased', async () => {
    const author = reader();
    const other = await addArticle(db);
    await post(await formFor(article.id, { content: 'Same words here' }), author);
    const again = await formFor(other.id, { content: 'same   WORDS here' });
    expect(await refusalOf(post(again, author, { slug: other.slug }))).toEqual({ code: 'duplicate', field: 'content' });
  });

  it('refuse the same words on the same article from anyone', async () => {
    await post(await formFor(article.id, { content: '복사해서 붙인 댓글' }));
    expect(await refusalOf(post(await formFor(article.id, { content: '복사해서 붙인 댓글' })))).toEqual({
      code: 'duplicate',
      field: 'content',
    });
  });

  it('allow them again after their author deleted them, or after a day, but not after a moderator deleted them', async () => {
    const [byAuthor, byModerator, old] = ['작성자가 지운 댓글', '관리자가 지운 댓글', '어제 쓴 댓글'];
    for (const content of [byAuthor, byModerator, old]) await post(await formFor(article.id, { content }));
    const moderator = await db.staff.create({
      data: {
        slug: 'dup-moderator',
        email: 'dup-moderator@dateline.example',
        nameKo: '관리',
        nameEn: 'Mod',
        role: 'MODERATOR',
        passwordHash: 'unused',
      },
    });
    await db.comment.updateMany({ where: { content: byAuthor }, data: { status: 'DELETED', deletedAt: new Date() } });
    await db.comment.updateMany({
      where: { content: byModerator },
      data: { status: 'DELETED', deletedAt: new Date(), deletedById: moderator.id },
    });
    await db.comment.updateMany({ where: { content: old }, data: { createdAt: new Date(Date.now() - 25 * 3_600_000) } });
    await post(await formFor(article.id, { content: byAuthor }));
    await post(await formFor(article.id, { content: old }));
    expect(await refusalOf(post(await formFor(article.id, { content: byModerator })))).toMatchObject({ code: 'duplicate' });
  });
});
