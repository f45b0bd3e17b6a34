import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { defineRoute } from '@/lib/actions/define-route';
import { refused } from '@/lib/comments/reader/reader-refusal';
import { readerRoute } from '@/lib/comments/reader/reader-routes';
import { newCommentSchema, ownDeletionSchema, reportSchema } from '@/lib/comments/reader/reader-schema';
import { isDatabaseUnavailable } from '@/lib/db/outage';
import { Prisma } from '@/lib/db/generated/client';

vi.mock('@/lib/auth/session', () => ({ getStaffSession: async () => null }));
vi.mock('@/lib/runtime/database', () => ({ getDatabase: () => ({}) }));

const validComment = { locale: 'ko', nickname: '독자', password: 'pass1234', content: '좋은 기사', challengeId: 'c1', answer: '12345' };

const request = (body: unknown, origin = 'http://127.0.0.1:3000') =>
  new Request('http://127.0.0.1:3000/api/comments/x/reports', {
    method: 'POST',
    headers: { host: '127.0.0.1:3000', origin },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** A reader route that checks `input` and hands back what it was given. */
const echoRoute = <S extends z.ZodType>(input: S) => defineRoute({ ...readerRoute, input, handler: async ({ input: given }) => given });

/** A reader route whose work fails with `error`. */
const failingRoute = (error: unknown) => defineRoute({ ...readerRoute, input: z.object({}), handler: () => Promise.reject(error) });

/** The field errors a posted comment with these fields is answered with, in its page's language. */
async function fieldErrorsFor(fields: Record<string, unknown>) {
  const response = await echoRoute(newCommentSchema)(request({ ...validComment, ...fields }));
  return response.ok ? null : (await response.json()).fieldErrors;
}

describe('validation errors of a new comment, by field', () => {
  it.each([
    ['nickname', '', '닉네임은 2자 이상 입력해 주세요.'],
    ['nickname', '가'.repeat(21), '닉네임은 20자까지 쓸 수 있습니다.'],
    ['nickname', '!!독자!!', '닉네임에는 글자, 숫자, 공백과 . _ - 만 쓸 수 있습니다.'],
    ['nickname', '<b>독자</b>', 'HTML 태그는 쓸 수 없습니다.'],
    ['nickname', '독\u200B자', '보이지 않는 문자나 방향 제어 문자는 쓸 수 없습니다.'],
    ['nickname', 42, '입력한 내용을 확인해 주세요.'],
    ['password', '123', '패스워드는 4자 이상 입력해 주세요.'],
    ['password', 'x'.repeat(65), '패스워드는 64자까지 쓸 수 있습니다.'],
    ['password', undefined, '패스워드는 4자 이상 입력해 주세요.'],
    ['password', '1234', '숫자로만 된 패스워드는 6자리 이상 입력해 주세요.'],
    ['password', '12345', '숫자로만 된 패스워드는 6자리 이상 입력해 주세요.'],
    ['content', '   ', '내용을 입력해 주세요.'],
    ['content', '가'.repeat(1001), '내용은 1,000자까지 쓸 수 있습니다.'],
    ['content', '<script>alert(1)</script>', 'HTML 태그는 쓸 수 없습니다.'],
    ['content', '<img src=x onerror=alert(1)>', 'HTML 태그는 쓸 수 없습니다.'],
    ['content', 'http://a.example http://b.example www.c.example', '링크는 2개까지 넣을 수 있습니다.'],
    ['content', 'abc\u202Edef', '보이지 않는 문자나 방향 제어 문자는 쓸 수 없습니다.'],
    ['answer', ' ', '이미지의 숫자를 입력해 주세요.'],
    ['answer', '1'.repeat(65), '숫자가 맞지 않습니다. 새 숫자를 입력해 주세요.'],
  ])('%s %j: %s', async (field, value, message) => {
    expect(await fieldErrorsFor({ [field]: value })).toEqual({ [field]: [message] });
  });

  it('shows a missing challenge under the answer, the only anti-spam field of the form', async () => {
    expect(await fieldErrorsFor({ challengeId: '' })).toEqual({ answer: ['도배방지 확인 시간이 지났습니다. 새 숫자를 입력해 주세요.'] });
  });

  it('takes a four-character password that is not all digits, and six digits', async () => {
    for (const password of ['ab12', '1a23', '123456']) expect(await fieldErrorsFor({ password })).toBeNull();
  });

  it('says in English too that a password of digits alone needs six', async () => {
    expect(await fieldErrorsFor({ locale: 'en', password: '0000' })).toEqual({
      password: ['A password of digits only needs at least 6 digits.'],
    });
  });

  it('takes "a < b", line breaks and emoji as plain text', async () => {
    expect(await fieldErrorsFor({ content: 'a < b 이고 c > d\n두 번째 줄 👩‍👩‍👧' })).toBeNull();
  });

  it('answers in English on the English page', async () => {
    const response = await echoRoute(newCommentSchema)(request({ ...validComment, locale: 'en', password: '1' }));
    expect(await response.json()).toEqual({
      error: 'Check what you entered.',
      fieldErrors: { password: ['Enter a password of at least 4 characters.'] },
    });
  });

  it('names the deletion password and the report reason and note', async () => {
    const deletion = await echoRoute(ownDeletionSchema)(request({ locale: 'ko', password: '' }));
    const report = await echoRoute(reportSchema)(request({ locale: 'ko', reason: 'BORING', note: 'x'.repeat(301) }));
    expect((await deletion.json()).fieldErrors).toEqual({ password: ['패스워드가 맞지 않습니다.'] });
    expect((await report.json()).fieldErrors).toEqual({
      reason: ['신고 사유를 골라 주세요.'],
      note: ['설명은 300자까지 쓸 수 있습니다.'],
    });
  });
});

describe('refusals as HTTP answers', () => {
  it.each([
    ['refused', 403],
    ['closed', 403],
    ['articleNotFound', 404],
    ['notFound', 404],
    ['alreadyReported', 409],
    ['invalid', 400],
  ] as const)('%s: %i', async (code, status) => {
    expect((await failingRoute(refused(code))(request({ locale: 'ko' }))).status).toBe(status);
  });

  it('tells a reader who is too fast how long to wait, in words and in Retry-After', async () => {
    const response = await failingRoute(refused('slowDown', { retryAfterSeconds: 12 }))(request({ locale: 'ko' }));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('12');
    expect(await response.json()).toEqual({ error: '댓글을 너무 빨리 올리고 있습니다. 12초 뒤에 다시 시도해 주세요.', fieldErrors: {} });
  });

  it('puts a field’s refusal next to the field', async () => {
    const response = await failingRoute(refused('duplicate', { field: 'content' }))(request({ locale: 'en' }));
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      error: 'Check what you entered.',
      fieldErrors: { content: ['You have already posted this comment.'] },
    });
  });

  it('says the article is gone when it is, and asks to wait when requests come too fast', async () => {
    expect(await (await failingRoute(refused('articleNotFound'))(request({ locale: 'en' }))).json()).toEqual({
      error: 'The article was not found. It may have been removed or not yet published.',
      fieldErrors: {},
    });
    const tooMany = await failingRoute(refused('tooManyRequests', { retryAfterSeconds: 30 }))(request({ locale: 'ko' }));
    expect(tooMany.status).toBe(429);
    expect(await tooMany.json()).toEqual({ error: '요청이 너무 많습니다. 30초 뒤에 다시 시도해 주세요.', fieldErrors: {} });
  });
});

describe('running a reader request', () => {
  const schema = z.object({ locale: z.enum(['ko', 'en']), note: z.string() });

  it('hands the work the parsed body', async () => {
    expect(await (await echoRoute(schema)(request('{"locale":"en","note":"hi"}'))).json()).toEqual({ locale: 'en', note: 'hi' });
  });

  it('refuses another site in the language the body names, before any work', async () => {
    const response = await echoRoute(schema)(request('{"locale":"en","note":"hi"}', 'https://evil.example'));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: 'Requests sent from another site are refused.', fieldErrors: {} });
  });

  it('answers 400 in Korean to broken JSON', async () => {
    const response = await echoRoute(schema)(request('{"locale":'));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: '입력한 내용을 확인해 주세요.', fieldErrors: {} });
  });

  it('answers 413 to a body too large to read, saying so in Korean and English (its language is unknown)', async () => {
    const response = await echoRoute(schema)(request(`{"locale":"en","note":"${'x'.repeat(20_000)}"}`));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: '보낸 내용이 너무 커서 받을 수 없습니다. What you sent is too large to be accepted.',
      fieldErrors: {},
    });
  });

  it('answers 503 when the database cannot be reached, and lets other errors through', async () => {
    const unreachable = new Prisma.PrismaClientKnownRequestError('down', { code: 'P1001', clientVersion: 'test' });
    const unavailable = await failingRoute(unreachable)(request({ locale: 'ko' }));
    expect(unavailable.status).toBe(503);
    expect(await unavailable.json()).toEqual({ error: '잠시 댓글을 처리할 수 없습니다. 잠시 후 다시 시도해 주세요.', fieldErrors: {} });
    await expect(failingRoute(new Error('bug'))(request({ locale: 'ko' }))).rejects.toThrow('bug');
    expect(isDatabaseUnavailable(new Prisma.PrismaClientKnownRequestError('taken', { code: 'P2002', clientVersion: 'test' }))).toBe(false);
  });
});
