import type { ArticleStatus, Role } from '@/lib/db/generated/enums';

/**
 * Everything staff may do, and who may do it: the one table every route, action and page checks.
 * The interface only mirrors it; the server enforces it.
 */
const reporter = ['article.create', 'article.editOwn', 'photo.upload', 'profile.editOwn'] as const;
const editor = [...reporter, 'article.editAny', 'article.publish', 'ads.manage', 'sections.manage', 'glossary.manage', 'comment.moderate'] as const;

export const permissionsByRole = {
  REPORTER: reporter,
  EDITOR: editor,
  MODERATOR: ['article.read', 'comment.moderate', 'profile.editOwn'],
  ADMIN: [...editor, 'staff.manage', 'audit.read'],
} as const satisfies Record<Role, readonly string[]>;

export type Permission = (typeof permissionsByRole)[Role][number];

export function can(role: Role, permission: Permission): boolean {
  return (permissionsByRole[role] as readonly Permission[]).includes(permission);
}

/** Reporters edit their own stories until an editor takes them over for publication. */
const reporterEditableStatuses: readonly ArticleStatus[] = ['DRAFT', 'IN_REVIEW'];

export function canEditArticle(
  staff: { id: string; role: Role },
  article: { status: ArticleStatus; authorIds: readonly string[] },
): boolean {
  if (can(staff.role, 'article.editAny')) return true;
  return can(staff.role, 'article.editOwn') && article.authorIds.includes(staff.id) && reporterEditableStatuses.includes(article.status);
}
