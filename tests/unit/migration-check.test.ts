import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { destructiveChanges, migrationProblems, schemaReads, type ReleasedSchema } from '@/lib/db/migration-check';
import { migrationsOf } from '@/scripts/check-migrations';

const schema = `
enum CommentStatus {
  VISIBLE
  HIDDEN
}

model Article {
  id       String    @id @db.Uuid
  headline String    // the Korean one
  comments Comment[]

  @@map("articles")
}

model Comment {
  id        String        @id @db.Uuid
  articleId String        @map("article_id") @db.Uuid
  article   Article       @relation(fields: [articleId], references: [id])
  status    CommentStatus @default(VISIBLE)
  legacyIp  String?       @map("legacy_ip")
  search    Unsupported("tsvector")?

  @@index([articleId])
  @@map("comments")
}
`;

const released: ReleasedSchema = { migration: '20261201000000_comments', reads: schemaReads(schema) };
const migration = (sql: string, name = '20261203000000_next') => [{ name, sql }];

describe('schemaReads', () => {
  it('lists each table with its mapped columns, enums included and relation fields left out', () => {
    expect(released.reads).toEqual({
      articles: ['headline', 'id'],
      comments: ['article_id', 'id', 'legacy_ip', 'search', 'status'],
    });
  });
});

describe('migrationProblems', () => {
  it('passes a migration that only adds', () => {
    const sql = `-- AlterTable
ALTER TABLE "comments" ADD COLUMN "edited_at" TIMESTAMPTZ(3), ADD COLUMN "note" TEXT NOT NULL DEFAULT 'a, b; c';
CREATE TABLE "comment_votes" ("id" UUID NOT NULL, CONSTRAINT "comment_votes_pkey" PRIMARY KEY ("id"));
ALTER TABLE "comments" DROP CONSTRAINT "comments_article_id_fkey";
ALTER TABLE "comments" ALTER COLUMN "status" DROP DEFAULT;`;
    expect(migrationProblems(released, migration(sql))).toEqual([]);
  });

  it('refuses a dropped column the released version reads, naming the migration, the column and how to split it', () => {
    const sql = 'ALTER TABLE "comments" ADD COLUMN "ip_hash" TEXT,\nDROP COLUMN "legacy_ip";';
    expect(migrationProblems(released, migration(sql))).toEqual([
      'Migration 20261203000000_next drops column comments.legacy_ip, which the running release (up to migration 20261201000000_comments) ' +
        'still reads: during a rolling deploy its instances would fail. Split it (expand, then contract): remove the field from ' +
        'prisma/schema.prisma in this release and drop the column in a migration of the next release.',
    ]);
  });

  it('refuses renamed and retyped columns and dropped or renamed tables, however the SQL is written', () => {
    const sql = `ALTER TABLE public."comments" RENAME COLUMN "status" TO "state";
alter table articles alter column headline set data type varchar(200);
ALTER TABLE IF EXISTS ONLY "articles" RENAME TO "stories";
DROP TABLE IF EXISTS "comments" CASCADE;`;
    expect(destructiveChanges(sql)).toEqual([
      { kind: 'rename-column', table: 'comments', column: 'status' },
      { kind: 'retype-column', table: 'articles', column: 'headline' },
      { kind: 'rename-table', table: 'articles' },
      { kind: 'drop-table', table: 'comments' },
    ]);
    expect(migrationProblems(released, migration(sql))).toHaveLength(4);
  });

  it('lets a release drop what the released version no longer reads, and looks only at migrations after the released one', () => {
    const contracted: ReleasedSchema = { ...released, reads: { ...released.reads, comments: ['article_id', 'id', 'search', 'status'] } };
    expect(migrationProblems(contracted, migration('ALTER TABLE "comments" DROP COLUMN "legacy_ip";'))).toEqual([]);
    expect(migrationProblems(released, migration('DROP TABLE "comments";', '20261130000000_old'))).toEqual([]);
    expect(migrationProblems(released, migration('DROP TABLE "old_drafts";'))).toEqual([]);
  });

  it("catches the project's own drop-and-add of comments.deletion_reason, had it come a release after the comments table", () => {
    const root = path.resolve(import.meta.dirname, '..', '..');
    const name = '20261128021925_reader_comments';
    const sql = readFileSync(path.join(root, 'prisma', 'migrations', name, 'migration.sql'), 'utf8');
    const before: ReleasedSchema = { migration: '20261125215357_newsroom_workflow', reads: { comments: ['deletion_reason', 'id'] } };
    expect(migrationProblems(before, [{ name, sql }])).toEqual([expect.stringContaining('drops column comments.deletion_reason')]);
  });

  it('passes the migrations of this tree against the release recorded in prisma/released.json', () => {
    const root = path.resolve(import.meta.dirname, '..', '..');
    const recorded = JSON.parse(readFileSync(path.join(root, 'prisma', 'released.json'), 'utf8')) as ReleasedSchema;
    expect(migrationProblems(recorded, migrationsOf(root))).toEqual([]);
  });
});
