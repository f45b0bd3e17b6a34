import { describe, expect, it } from 'vitest';
import { adminNavItems } from '@/lib/admin/navigation';
import { getAdminMessages } from '@/lib/i18n/admin-messages';

const hrefsFor = (role: 'REPORTER' | 'EDITOR' | 'MODERATOR' | 'ADMIN') =>
  adminNavItems(role, getAdminMessages('en')).map((item) => item.href);

describe('adminNavItems', () => {
  it('shows each role only the areas it may use', () => {
    expect(hrefsFor('REPORTER')).toEqual(['/admin', '/admin/articles', '/admin/media', '/admin/account']);
    expect(hrefsFor('EDITOR')).toEqual([
      '/admin',
      '/admin/articles',
      '/admin/front',
      '/admin/media',
      '/admin/glossary',
      '/admin/breaking',
      '/admin/ads',
      '/admin/tags',
      '/admin/comments',
      '/admin/account',
    ]);
    expect(hrefsFor('MODERATOR')).toEqual(['/admin', '/admin/articles', '/admin/comments', '/admin/account']);
    expect(hrefsFor('ADMIN')).toEqual([
      '/admin',
      '/admin/articles',
      '/admin/front',
      '/admin/media',
      '/admin/glossary',
      '/admin/breaking',
      '/admin/ads',
      '/admin/tags',
      '/admin/comments',
      '/admin/staff',
      '/admin/audit',
      '/admin/api-keys',
      '/admin/webhooks',
      '/admin/account',
    ]);
  });

  it('labels items in the staff member’s language', () => {
    expect(adminNavItems('REPORTER', getAdminMessages('ko'))[0]).toEqual({ href: '/admin', label: '대시보드' });
  });
});
