import { can, type Permission } from '@/lib/auth/permissions';
import type { Role } from '@/lib/db/generated/enums';
import type { CommonMessages } from '@/lib/i18n/admin/common';

type NavLabel =
  | 'navDashboard'
  | 'navFront'
  | 'navArticles'
  | 'navMedia'
  | 'navGlossary'
  | 'navBreaking'
  | 'navAds'
  | 'navTags'
  | 'navComments'
  | 'navStaff'
  | 'navAudit'
  | 'navApiKeys'
  | 'navWebhooks'
  | 'navAccount';

/** Each admin area and the permissions that open it (any one of them). */
const adminAreas: readonly { href: string; label: NavLabel; anyOf: readonly Permission[] | 'everyone' }[] = [
  { href: '/admin', label: 'navDashboard', anyOf: 'everyone' },
  { href: '/admin/articles', label: 'navArticles', anyOf: ['article.create', 'article.editAny', 'article.read'] },
  { href: '/admin/front', label: 'navFront', anyOf: ['front.curate'] },
  { href: '/admin/media', label: 'navMedia', anyOf: ['photo.upload'] },
  { href: '/admin/glossary', label: 'navGlossary', anyOf: ['glossary.manage'] },
  { href: '/admin/breaking', label: 'navBreaking', anyOf: ['breaking.manage'] },
  { href: '/admin/ads', label: 'navAds', anyOf: ['ads.manage'] },
  { href: '/admin/tags', label: 'navTags', anyOf: ['tags.manage'] },
  { href: '/admin/comments', label: 'navComments', anyOf: ['comment.moderate'] },
  { href: '/admin/staff', label: 'navStaff', anyOf: ['staff.manage'] },
  { href: '/admin/audit', label: 'navAudit', anyOf: ['audit.read'] },
  { href: '/admin/api-keys', label: 'navApiKeys', anyOf: ['apiKeys.manage'] },
  { href: '/admin/webhooks', label: 'navWebhooks', anyOf: ['webhooks.manage'] },
  { href: '/admin/account', label: 'navAccount', anyOf: ['profile.editOwn'] },
];

export type AdminNavItem = { href: string; label: string };

/** The menu mirrors the permissions table; the pages check it again themselves. */
export function adminNavItems(role: Role, t: Pick<CommonMessages, NavLabel>): AdminNavItem[] {
  return adminAreas
    .filter(({ anyOf }) => anyOf === 'everyone' || anyOf.some((permission) => can(role, permission)))
    .map(({ href, label }) => ({ href, label: t[label] }));
}
