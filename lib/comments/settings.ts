import '#server-only';
import type { Database } from '@/lib/db/client';
import type { CommentMode } from '@/lib/db/generated/enums';

export type CommentSettingsView = { mode: CommentMode; reportThreshold: number };

const defaults: CommentSettingsView = { mode: 'OPEN', reportThreshold: 3 };

/** The site's comment rules (the migration writes the one row; the defaults stand in if it was removed). */
export async function getCommentSettings(db: Database): Promise<CommentSettingsView> {
  const row = await db.commentSettings.findUnique({ where: { id: 1 }, select: { mode: true, reportThreshold: true } });
  return row ?? defaults;
}

const strictness: Record<CommentMode, number> = { OPEN: 0, PREMODERATED: 1, CLOSED: 2 };

/** The stricter of the site's and the article's setting: closing comments site-wide closes them everywhere. */
export function effectiveCommentMode(site: CommentMode, article: CommentMode | null): CommentMode {
  if (!article) return site;
  return strictness[article] > strictness[site] ? article : site;
}
