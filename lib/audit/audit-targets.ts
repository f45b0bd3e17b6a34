import '#server-only';
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import type { Locale } from '@/lib/i18n/locales';

/** What an entry is about, as the log shows it: an article's headline, a staff member's name, a comment and its article. */
export type AuditTarget =
  | { kind: 'article'; id: string; label: string }
  | { kind: 'staff'; id: string; label: string }
  | { kind: 'photo'; id: string; label: string }
  | { kind: 'comment'; id: string; label: string; article: { id: string; label: string } };

export type AuditTargetKind = AuditTarget['kind'];
export type TargetRef = { kind: AuditTargetKind; id: string };

type Row = { kind: AuditTargetKind; id: string; label: string; article_id: string | null; article_label: string | null };

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
export const commentExcerptLength = 80;

/**
 * The targets of a page of entries in one query, labelled in the reader's language (falling back to Korean): a
 * headline, a name, a photo's caption, a comment's opening words with its article. Records gone since are left out.
 */
export async function resolveAuditTargets(db: Database, refs: TargetRef[], locale: Locale): Promise<Map<string, AuditTarget>> {
  const ids = (kind: AuditTargetKind) => [...new Set(refs.filter((ref) => ref.kind === kind && uuid.test(ref.id)).map((ref) => ref.id))];
  const [articles, staff, photos, comments] = [ids('article'), ids('staff'), ids('photo'), ids('comment')];
  if (articles.length + staff.length + photos.length + comments.length === 0) return new Map();
  const headline = (articleId: Prisma.Sql) => Prisma.sql`(
    SELECT t.headline FROM article_texts t WHERE t.article_id = ${articleId}
    ORDER BY t.locale = ${locale} DESC, t.locale = 'ko' DESC LIMIT 1)`;
  const name = locale === 'en' ? Prisma.sql`s.name_en` : Prisma.sql`s.name_ko`;
  const rows = await db.$queryRaw<Row[]>`
    SELECT 'article' AS kind, a.id::text AS id, COALESCE(${headline(Prisma.sql`a.id`)}, a.slug) AS label,
           NULL AS article_id, NULL AS article_label
      FROM articles a WHERE a.id = ANY(${articles}::uuid[])
    UNION ALL
    SELECT 'staff', s.id::text, ${name}, NULL, NULL
      FROM staff s WHERE s.id = ANY(${staff}::uuid[])
    UNION ALL
    SELECT 'photo', p.id::text, COALESCE((
        SELECT NULLIF(pt.caption, '') FROM photo_texts pt WHERE pt.photo_id = p.id
        ORDER BY pt.locale = ${locale} DESC, pt.locale = 'ko' DESC LIMIT 1), left(p.id::text, 8)), NULL, NULL
      FROM photos p WHERE p.id = ANY(${photos}::uuid[])
    UNION ALL
    SELECT 'comment', c.id::text, left(c.content, ${commentExcerptLength + 1}::int), c.article_id::text,
           COALESCE(${headline(Prisma.sql`c.article_id`)}, ca.slug)
      FROM comments c JOIN articles ca ON ca.id = c.article_id WHERE c.id = ANY(${comments}::uuid[])`;
  return new Map(rows.map((row) => [`${row.kind}:${row.id}`, targetOf(row)]));
}

function targetOf(row: Row): AuditTarget {
  if (row.kind !== 'comment') return { kind: row.kind, id: row.id, label: row.label };
  const label = row.label.length > commentExcerptLength ? `${row.label.slice(0, commentExcerptLength)}…` : row.label;
  return { kind: 'comment', id: row.id, label, article: { id: row.article_id!, label: row.article_label! } };
}
