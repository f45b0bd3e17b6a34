import { describe, expect, it } from 'vitest';
import { can, canEditArticle } from '@/lib/auth/permissions';

const reporter = { id: 'r1', role: 'REPORTER' as const };

describe('permissions', () => {
  it('lets editors publish and reporters not', () => {
    expect(can('EDITOR', 'article.publish')).toBe(true);
    expect(can('REPORTER', 'article.publish')).toBe(false);
  });

  it('keeps moderators to comments, read-only on articles', () => {
    expect(can('MODERATOR', 'comment.moderate')).toBe(true);
    expect(can('MODERATOR', 'article.create')).toBe(false);
    expect(canEditArticle({ id: 'm1', role: 'MODERATOR' }, { status: 'DRAFT', authorIds: ['m1'] })).toBe(false);
  });

  it('lets moderators, editors and admins moderate comments, reporters not', () => {
    expect(['REPORTER', 'EDITOR', 'MODERATOR', 'ADMIN'].filter((role) => can(role as 'ADMIN', 'comment.moderate'))).toEqual([
      'EDITOR',
      'MODERATOR',
      'ADMIN',
    ]);
  });

  it('gives staff management to admins alone', () => {
    expect(['REPORTER', 'EDITOR', 'MODERATOR', 'ADMIN'].filter((role) => can(role as 'ADMIN', 'staff.manage'))).toEqual(['ADMIN']);
  });

  it('lets reporters edit their own drafts and stories in review, nothing else', () => {
    expect(canEditArticle(reporter, { status: 'DRAFT', authorIds: ['r1'] })).toBe(true);
    expect(canEditArticle(reporter, { status: 'IN_REVIEW', authorIds: ['r1'] })).toBe(true);
    expect(canEditArticle(reporter, { status: 'PUBLISHED', authorIds: ['r1'] })).toBe(false);
    expect(canEditArticle(reporter, { status: 'DRAFT', authorIds: ['someone else'] })).toBe(false);
    expect(canEditArticle({ id: 'e1', role: 'EDITOR' }, { status: 'PUBLISHED', authorIds: [] })).toBe(true);
  });
});
