/**
 * `npm run db:generate-load -- --articles 100000 --comments 1000000`: fills DATABASE_URL with published
 * articles in Korean and English, photos, and readers' comments, for the benchmark. Rows are generated
 * inside PostgreSQL (INSERT … SELECT over generate_series), so a million comments take seconds, not hours.
 * Comments lean towards a few articles, as they do when a story goes viral.
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { hashPassword } from '@/lib/auth/password';
import { createDatabase } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrate';
import { seedDatabase } from '@/prisma/seed/seed';
import { corpus } from './corpus';

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '100000' }, comments: { type: 'string', default: '1000000' } },
});
const articleCount = Number(values.articles);
const commentCount = Number(values.comments);
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('Set DATABASE_URL to the database to fill.');
if (!Number.isInteger(articleCount) || articleCount < 1 || !Number.isInteger(commentCount) || commentCount < 0) {
  throw new Error('--articles must be a positive whole number and --comments a whole number.');
}

async function timed(label: string, work: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await work();
  console.log(`${label.padEnd(34)} ${((performance.now() - started) / 1000).toFixed(1).padStart(7)} s`);
}

const client = new pg.Client({ connectionString: databaseUrl });

const paragraph = (texts: string) =>
  `jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', ${texts})))`;

/** The n-th entry of a text array parameter, cycling with the row number g and an offset. */
const pick = (param: string, offset: number) => `(${param})[1 + ((g * ${offset + 7}) % cardinality(${param}))]`;

async function insertArticles(firstNumber: number) {
  await client.query(
    `INSERT INTO articles (id, slug, status, source_locale, section_id, desk_id, published_at, version, created_at, updated_at)
     SELECT gen_random_uuid(), 'load-' || g, 'PUBLISHED', 'ko', $2::uuid, $3::uuid,
            now() - make_interval(mins => g * 3), 1, now(), now()
     FROM generate_series($1::int, $1::int + $4::int - 1) g`,
    [firstNumber, sectionId, deskId, articleCount],
  );
  for (const locale of ['ko', 'en'] as const) {
    const [places, topics, events, sentences] = ['$2::text[]', '$3::text[]', '$4::text[]', '$5::text[]'];
    const headline =
      locale === 'ko'
        ? `${pick(places, 0)} || ', ' || ${pick(topics, 1)} || ' ' || ${pick(events, 2)}`
        : `${pick(places, 0)} || ' ' || ${pick(events, 2)} || ' ' || ${pick(topics, 1)}`;
    const sentence = (offset: number) => pick(sentences, offset);
    const text = `${sentence(3)} || ' ' || ${sentence(4)}`;
    const text2 = `${sentence(5)} || ' ' || ${sentence(6)} || ' ' || ${sentence(8)}`;
    await client.query(
      `INSERT INTO article_texts (id, article_id, locale, headline, subtitles, dateline_city, dateline_outlet, body, plain_text, method,
                                  machine_engine, translated_at, translated_from_version, created_at, updated_at)
       SELECT gen_random_uuid(), a.id, '${locale}', ${headline} || ' (' || g || ')', ARRAY[${pick(topics, 9)}], ${pick(places, 0)},
              '${locale === 'ko' ? '데이트라인' : 'Dateline'}',
              jsonb_build_object('type', 'doc', 'content', jsonb_build_array(${paragraph(text)}, ${paragraph(text2)})),
              ${text} || E'\\n\\n' || ${text2}, '${locale === 'ko' ? 'ORIGINAL' : 'MACHINE'}',
              ${locale === 'ko' ? 'NULL, NULL, NULL' : "'Load generator', now(), 1"}, now(), now()
       FROM articles a, LATERAL (SELECT substring(a.slug FROM 6)::int AS g) n
       WHERE a.slug LIKE 'load-%' AND n.g >= $1::int`,
      locale === 'ko'
        ? [firstNumber, corpus.placesKo, corpus.topicsKo, corpus.eventsKo, corpus.sentencesKo]
        : [firstNumber, corpus.placesEn, corpus.topicsEn, corpus.eventsEn, corpus.sentencesEn],
    );
  }
  await client.query(
    `INSERT INTO article_authors (article_id, staff_id, position)
     SELECT a.id, $1::uuid, 0 FROM articles a WHERE a.slug LIKE 'load-%' AND substring(a.slug FROM 6)::int >= $2::int`,
    [reporterId, firstNumber],
  );
  // Every third story carries the seed photo: the pages render real images.
  await client.query(
    `INSERT INTO article_photos (article_id, photo_id, position)
     SELECT a.id, $1::uuid, 0 FROM articles a
     WHERE a.slug LIKE 'load-%' AND substring(a.slug FROM 6)::int >= $2::int AND substring(a.slug FROM 6)::int % 3 = 0`,
    [photoId, firstNumber],
  );
}

/** A UUIDv7 for the instant `at`, as the app's ids are: time-ordered, so "newest by id" holds for generated rows too. */
const uuidv7At = (at: string) =>
  `(lpad(to_hex((extract(epoch FROM ${at}) * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 3)
    || to_hex(8 + floor(random() * 4)::int) || substr(md5(random()::text), 1, 15))::uuid`;

/**
 * random()^4 puts most comments on a few hundred stories and a long tail on the rest. The per-row draws live in a
 * LATERAL that mentions g: an uncorrelated one is evaluated once, which gave every batch of comments the same status and time.
 */
async function insertComments(passwordHash: string) {
  const batch = 250_000;
  // The per-row trigger that keeps articles.comment_count would update the viral story's row 50,000 times: off while the
  // rows go in, then every count set at once, all in one transaction so no reader ever sees a wrong count.
  await client.query('BEGIN');
  await client.query('ALTER TABLE comments DISABLE TRIGGER comments_count_inserted_or_deleted');
  for (let done = 0; done < commentCount; done += batch) {
    const rows = Math.min(batch, commentCount - done);
    await client.query(
      `WITH targets AS (SELECT array_agg(id ORDER BY published_at DESC) AS ids FROM articles WHERE status = 'PUBLISHED')
       INSERT INTO comments (id, article_id, locale, nickname, nickname_key, password_hash, content, content_hash, status, hold_reason,
                             open_report_count, ip_hash, created_at, deleted_at, deletion_reason)
       SELECT ${uuidv7At('c.created_at')}, t.ids[1 + floor(power(random(), 4) * cardinality(t.ids))::int], c.locale, c.nickname, lower(c.nickname),
              $1, c.content, encode(sha256(convert_to(lower(c.content), 'UTF8')), 'hex'),
              c.status::"CommentStatus", CASE WHEN c.status = 'HELD' THEN 'SUSPECT_WORD'::"CommentHoldReason" END,
              CASE WHEN c.status <> 'DELETED' AND r.report_roll < 0.02 THEN 1 + (g % 2) ELSE 0 END,
              encode(sha256(convert_to('load-ip-' || (g % 50000), 'UTF8')), 'hex'), c.created_at,
              CASE WHEN c.status = 'DELETED' THEN c.created_at + interval '1 hour' END,
              CASE WHEN c.status = 'DELETED' THEN 'SPAM'::"ModerationReason" END
       FROM targets t, generate_series($2::int, $2::int + $3::int - 1) g,
       LATERAL (SELECT random() + 0 * g AS roll, random() AS report_roll, now() - make_interval(secs => (random() * 90 * 86400)::int + 0 * g) AS created_at) r,
       LATERAL (SELECT
         CASE WHEN g % 10 = 0 THEN 'en' ELSE 'ko' END AS locale,
         ($4::text[])[1 + g % cardinality($4::text[])] || (g % 997)::text AS nickname,
         CASE WHEN g % 10 = 0 THEN ($6::text[])[1 + g % cardinality($6::text[])] ELSE ($5::text[])[1 + g % cardinality($5::text[])] END
           || ' #' || g AS content,
         CASE WHEN r.roll < 0.01 THEN 'DELETED' WHEN r.roll < 0.03 THEN 'HELD' ELSE 'VISIBLE' END AS status,
         r.roll, r.created_at) c`,
      [passwordHash, done, rows, corpus.nicknames, corpus.commentsKo, corpus.commentsEn],
    );
    console.log(`  comments ${(done + rows).toLocaleString('en-US')} / ${commentCount.toLocaleString('en-US')}`);
  }
  await client.query(
    `UPDATE articles a SET comment_count = c.visible
     FROM (SELECT article_id, count(*) FILTER (WHERE status = 'VISIBLE')::int AS visible FROM comments GROUP BY article_id) c
     WHERE c.article_id = a.id`,
  );
  await client.query('ALTER TABLE comments ENABLE TRIGGER comments_count_inserted_or_deleted');
  await client.query('COMMIT');
}

/** The open reports behind each reported comment's count, from distinct readers, so the queue shows their reasons. */
async function insertReports() {
  await client.query(
    `INSERT INTO comment_reports (id, comment_id, reporter_hash, reporter_network_hash, reason, created_at)
     SELECT gen_random_uuid(), c.id, encode(sha256(convert_to('load-reporter-' || n, 'UTF8')), 'hex'),
            encode(sha256(convert_to('load-network-' || n, 'UTF8')), 'hex'),
            (enum_range(NULL::"ModerationReason"))[1 + (n + abs(hashtext(c.id::text))) % 5], c.created_at + make_interval(mins => n)
     FROM comments c, generate_series(1, c.open_report_count) n
     WHERE c.open_report_count > 0 AND NOT EXISTS (SELECT 1 FROM comment_reports r WHERE r.comment_id = c.id)`,
  );
}

let sectionId = '';
let deskId = '';
let reporterId = '';
let photoId = '';

await timed('Migrations and seed', async () => {
  await applyMigrations(databaseUrl);
  const db = createDatabase(databaseUrl);
  await seedDatabase(db);
  await db.$disconnect();
});
await client.connect();
const seed = await client.query<{ section_id: string; desk_id: string; staff_id: string; photo_id: string }>(
  `SELECT a.section_id, a.desk_id, au.staff_id, p.photo_id
   FROM articles a JOIN article_authors au ON au.article_id = a.id JOIN article_photos p ON p.article_id = a.id
   WHERE a.slug NOT LIKE 'load-%' LIMIT 1`,
);
({ section_id: sectionId, desk_id: deskId, staff_id: reporterId, photo_id: photoId } = seed.rows[0]!);
const existing = await client.query<{ next: number }>(
  `SELECT coalesce(max(substring(slug FROM 6)::int), 0) + 1 AS next FROM articles WHERE slug LIKE 'load-%'`,
);
const firstNumber = Number(existing.rows[0]!.next);

const started = performance.now();
await timed(`${articleCount.toLocaleString('en-US')} articles (ko + en)`, () => insertArticles(firstNumber));
const passwordHash = await hashPassword('load-generator');
await timed(`${commentCount.toLocaleString('en-US')} comments`, () => insertComments(passwordHash));
// VACUUM as well: the visibility map lets counts use index-only scans from the first request, as autovacuum would later.
await timed('Reports of reported comments', insertReports);
await timed('VACUUM ANALYZE', () => client.query('VACUUM ANALYZE'));
console.log(`${'Total'.padEnd(34)} ${((performance.now() - started) / 1000).toFixed(1).padStart(7)} s`);
await client.end();
