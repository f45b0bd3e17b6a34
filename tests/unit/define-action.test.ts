import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { ConflictError, ForbiddenActionError, InvalidInputError, NotFoundError, RefusedError } from '@/lib/errors';

const staff = {
  id: 'staff-1',
  email: 'editor@dateline.example',
  role: 'EDITOR' as const,
  nameKo: '박서연',
  nameEn: 'Park Seo-yeon',
  uiLocale: 'ko' as 'ko' | 'en',
};
const requireStaff = vi.fn(async () => staff);

vi.mock('@/lib/auth/session', () => ({ requireStaff: (...args: unknown[]) => requireStaff(...(args as [])) }));
vi.mock('@/lib/runtime/database', () => ({ getDatabase: () => ({ name: 'db' }) }));

const input = z.object({ headline: z.string().trim().min(1), count: z.coerce.number().int().max(3) });
const valid = { headline: 'x', count: 1 };

function actionThatThrows(error: unknown) {
  return defineAction({ input, access: 'article.publish', handler: async () => Promise.reject(error) });
}

beforeEach(() => {
  staff.uiLocale = 'ko';
  requireStaff.mockClear();
});

describe('defineAction', () => {
  it('checks the permission, validates, hands the handler the input, the staff member and the database, then runs the after-change hook', async () => {
    const handler = vi.fn(async ({ input: given }: { input: { headline: string } }) => given.headline.length);
    const after = vi.fn();
    const action = defineAction({ input, access: 'article.publish', handler, after });
    expect(await action({ headline: ' 제목 ', count: 1 })).toEqual({ ok: true, data: 2 });
    expect(requireStaff).toHaveBeenCalledWith('article.publish');
    expect(handler).toHaveBeenCalledWith({ input: { headline: '제목', count: 1 }, staff, db: { name: 'db' } });
    expect(after).toHaveBeenCalledWith(2, { input: { headline: '제목', count: 1 }, staff, db: { name: 'db' } });
  });

  it('reads form data too', async () => {
    const form = new FormData();
    form.set('headline', 'Headline');
    form.set('count', '2');
    const action = defineAction({ input, access: 'article.create', handler: async ({ input: given }) => given.count });
    expect(await action(form)).toEqual({ ok: true, data: 2 });
  });

  it("returns field errors by path, in the staff member's language, without calling the handler", async () => {
    const handler = vi.fn();
    const action = defineAction({ input, access: 'article.create', handler });
    const result = await action({ headline: '', count: 9 });
    expect(result).toEqual({
      ok: false,
      error: '입력을 확인해 주세요.',
      fieldErrors: { headline: ['입력해 주세요.'], count: ['너무 깁니다.'] },
    });
    expect(handler).not.toHaveBeenCalled();
    staff.uiLocale = 'en';
    expect(await action({ headline: '', count: 1 })).toMatchObject({ fieldErrors: { headline: ['Please fill this in.'] } });
  });

  it('refuses what a named record rule refuses, with its sentence, before the work', async () => {
    const handler = vi.fn();
    const rule = { permission: 'photo.upload' as const, refusal: 'photoTextsEditorsOnly' as const, allows: async () => false };
    const result = await defineAction({ input, access: rule, handler })(valid);
    expect(requireStaff).toHaveBeenCalledWith('photo.upload');
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^이 사진의 설명은 편집자만 고칠 수 있습니다\./) });
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns the typed errors of lib/errors.ts into the failure', async () => {
    const change = { field: 'headline', locale: 'ko', before: '처음', after: '나중' };
    expect(await actionThatThrows(new ConflictError(4, [change]))(valid)).toEqual({
      ok: false,
      fieldErrors: {},
      error: '다른 사람이 먼저 저장했습니다.',
      conflict: { currentVersion: 4, changes: [change] },
    });
    expect(await actionThatThrows(new NotFoundError())(valid)).toMatchObject({
      ok: false,
      error: '없는 항목입니다. 삭제되었을 수 있습니다.',
    });
    expect(await actionThatThrows(new ForbiddenActionError('not this one'))(valid)).toMatchObject({
      ok: false,
      error: '이 작업을 할 권한이 없습니다.',
    });
    expect(await actionThatThrows(new InvalidInputError({ slug: ['slugTaken'] }))(valid)).toMatchObject({
      fieldErrors: { slug: ['이미 쓰이는 주소입니다.'] },
    });
    expect(await actionThatThrows(new RefusedError('glossary.termGone', 404))(valid)).toMatchObject({
      ok: false,
      error: '이미 삭제된 용어입니다.',
    });
  });

  it('rethrows anything else', async () => {
    await expect(actionThatThrows(new Error('database down'))(valid)).rejects.toThrow('database down');
  });
});
