/**
 * Every kind of audit entry, as `area.verb`. recordAudit takes only these, and lib/i18n/admin/audit.ts must give each
 * a sentence in both languages: a new kind is declared here and described there, or the type check fails. Entries
 * of kinds no longer declared (or written by another version) still read as a generic sentence naming the code.
 */
export const auditActions = [
  'article.create',
  'article.save',
  'article.submit',
  'article.schedule',
  'article.publish',
  'article.unpublish',
  'article.archive',
  'article.publishScheduled',
  'article.correct',
  'photo.upload',
  'photo.editTexts',
  'photo.setFocus',
  'staff.create',
  'staff.changeRole',
  'staff.deactivate',
  'staff.reactivate',
  'staff.changeContactEmail',
  'staff.changePassword',
  'staff.updateProfile',
  'staff.changeUiLocale',
  'staff.enableTwoFactor',
  'staff.disableTwoFactor',
  'staff.useRecoveryCode',
  'staff.requireTwoFactor',
  'staff.issuePasswordReset',
  'staff.resetPassword',
  'staff.editProfile',
  'glossary.create',
  'glossary.update',
  'glossary.delete',
  'comment.delete',
  'comment.approve',
  'comment.restore',
  'comment.ban',
  'comment.unban',
  'comment.settings',
  'comment.articleMode',
  'comment.wordAdd',
  'comment.wordRemove',
  'front.arrange',
  'front.release',
  'tag.create',
  'tag.update',
  'tag.merge',
  'breaking.set',
  'breaking.takeDown',
  'apiKey.create',
  'apiKey.revoke',
  'webhook.create',
  'webhook.delete',
  'webhook.resend',
  'ad.save',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** The part before the dot: what the "what" filter offers besides single kinds. */
export type AuditArea = AuditAction extends `${infer Area}.${string}` ? Area : never;
export const auditAreas = [...new Set(auditActions.map((action) => action.split('.')[0] as AuditArea))];

export const isAuditAction = (code: string): code is AuditAction => (auditActions as readonly string[]).includes(code);
export const isAuditArea = (code: string): code is AuditArea => (auditAreas as readonly string[]).includes(code);
