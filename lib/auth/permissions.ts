import type { ArticleStatus, Role } from '@/lib/db/generated/enums';

/**
 * Everything staff may do, and who may do it: the one table every route, action and page checks.
 * The interface only mirrors it; the server enforces it.
 */
const reporter = ['article.read', 'article.create', 'article.editOwn', 'photo.upload', 'profile.editOwn', 'tag.create'] as const;
const editor = [
  ...reporter,
  'article.readAny',
  'article.editAny',
  'article.publish',
  'front.curate',
  'photo.editAny',
  'ads.manage',
  'sections.manage',
  'glossary.manage',
  'breaking.manage',
  'tags.manage',
  'comment.moderate',
] as const;

export const permissionsByRole = {
  REPORTER: reporter,
  EDITOR: editor,
  MODERATOR: ['article.read', 'comment.moderate', 'profile.editOwn'],
  ADMIN: [...editor, 'staff.manage', 'audit.read', 'apiKeys.manage', 'webhooks.manage'],
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

export type ArticleReader = { id: string; role: Role; deskId: string | null };

/**
 * Who opens an article in the newsroom (editor, preview, revisions, lists): editors and admins every one; writers
 * their own in any state, their desk's stories in review, and published ones; everyone else published ones only.
 * lib/articles/readable.ts says the same as a database condition, for lists.
 */
export function canReadArticle(
  staff: ArticleReader,
  article: { status: ArticleStatus; authorIds: readonly string[]; deskId: string | null },
): boolean {
  if (can(staff.role, 'article.readAny')) return true;
  if (!can(staff.role, 'article.read')) return false;
  if (article.status === 'PUBLISHED') return true;
  if (!can(staff.role, 'article.editOwn')) return false;
  return (
    article.authorIds.includes(staff.id) || (article.status === 'IN_REVIEW' && staff.deskId !== null && article.deskId === staff.deskId)
  );
}

/**
 * A photo's texts show wherever the photo is used, at once. Editors change any; a reporter only those of a photo
 * they uploaded while every article using it is still theirs to change (a draft or in review).
 */
export function canEditPhotoTexts(
  staff: { id: string; role: Role },
  photo: { uploadedById: string | null; articleStatuses: readonly ArticleStatus[] },
): boolean {
  if (can(staff.role, 'photo.editAny')) return true;
  return (
    can(staff.role, 'photo.upload') &&
    photo.uploadedById === staff.id &&
    photo.articleStatuses.every((status) => reporterEditableStatuses.includes(status))
  );
}
