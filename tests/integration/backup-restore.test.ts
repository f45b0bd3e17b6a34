import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { backUp, restoreBackup, type WrittenFile } from '@/lib/backup/backup';
import { postComment } from '@/lib/comments/reader/post-comment';
import { createReaderLimits } from '@/lib/comments/reader/reader-limits';
import { newCommentSchema } from '@/lib/comments/reader/reader-schema';
import { createDatabase, type Database } from '@/lib/db/client';
import { startEmbeddedPostgres, type EmbeddedPostgresServer } from '@/lib/db/embedded';
import { createSharedLimiter } from '@/lib/rate-limit/limiter';
import { seedDatabase } from '@/prisma/seed/seed';
import { formFor, someAddress, stubCommentEnvironment } from '../support/comment-fixtures';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { freePort } from '../support/free-port';

stubCommentEnvironment('backup-restore');

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');
const CHECKSUMMED_TABLES = ['articles', 'article_texts', 'comments'];

async function query<Row extends pg.QueryResultRow>(url: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Every table's row count, and a checksum of every row of the articles and comments, in id order. */
async function contents(url: string): Promise<Record<string, string | number>> {
  const tables = await query<{ name: string }>(url, `select tablename as name from pg_tables where schemaname = 'public' order by 1`);
  const result: Record<string, string | number> = {};
  for (const { name } of tables) {
    const [{ rows }] = (await query<{ rows: number }>(url, `select count(*)::int as rows from "${name}"`)) as [{ rows: number }];
    result[name] = rows;
  }
  for (const name of CHECKSUMMED_TABLES) {
    const [{ md5 }] = (await query<{ md5: string }>(url, `select md5(string_agg(t::text, '|' order by t.id)) as md5 from "${name}" t`)) as [
      { md5: string },
    ];
    result[`${name} checksum`] = md5;
  }
  return result;
}

async function mediaFiles(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const sums = await Promise.all(
    files.map(async (entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return [
        path.relative(dir, file),
        createHash('sha256')
          .update(await readFile(file))
          .digest('hex'),
      ] as const;
    }),
  );
  return Object.fromEntries(sums);
}

function backupCommand(script: 'backup' | 'restore', args: string[], env: Record<string, string>) {
  const run = spawnSync(
    path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'),
    [path.join(PROJECT_ROOT, 'scripts', 'db', `${script}.ts`), ...args],
    {
      env: { ...process.env, ...env },
      encoding: 'utf8',
    },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('backing up a PostgreSQL database and restoring it', () => {
  let source: TestDatabase;
  let db: Database;
  let work: string;
  let mediaDir: string;
  let backupDir: string;
  let backup: WrittenFile[];
  let backedUp: Record<string, string | number>;
  const made: TestDatabase[] = [];

  beforeAll(async () => {
    source = await createTestDatabase('backup_source', inject('templateDatabase'));
    db = createDatabase(source.url);
    work = await mkdtemp(path.join(os.tmpdir(), 'dateline-backup-'));
    mediaDir = path.join(work, 'media');
    backupDir = path.join(work, 'backups');
    vi.stubEnv('MEDIA_DIR', mediaDir);

    await seedDatabase(db, {});
    const article = await db.article.findFirstOrThrow({ select: { id: true, slug: true } });
    const form = await formFor(article.id, { content: '복원 훈련용 댓글입니다' });
    await postComment(
      db,
      article.slug,
      newCommentSchema.parse(form),
      { ipHash: someAddress(), staffId: null },
      { limits: createReaderLimits(createSharedLimiter) },
    );
  });

  afterAll(async () => {
    await db?.$disconnect();
    await Promise.all([source, ...made].map((database) => database?.drop()));
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('writes a dump and a media archive named for the moment, with their sizes', async () => {
    backup = await backUp({
      target: { kind: 'server', url: source.url },
      mediaDir,
      backupDir,
      moment: new Date('2026-12-02T10:30:00.123Z'),
    });
    backedUp = await contents(source.url);

    expect(backup.map(({ file }) => path.basename(file))).toEqual([
      'dateline-20261202T103000Z.dump',
      'dateline-20261202T103000Z.media.tar',
    ]);
    expect(backup.every(({ bytes }) => bytes > 1000)).toBe(true);
    expect(await readdir(backupDir)).toHaveLength(2);
    expect(backedUp).toMatchObject({ _prisma_migrations: expect.any(Number), articles: 1, comments: 4 });
  });

  it('restores into a fresh database and media folder with every row and photo as they were', async () => {
    const fresh = await createTestDatabase('backup_restored');
    made.push(fresh);
    const restoredMedia = path.join(work, 'restored-media');

    await restoreBackup({
      file: backup[0]!.file,
      target: { kind: 'server', url: fresh.url },
      mediaDir: restoredMedia,
      intoNewDatabase: true,
    });

    expect(await contents(fresh.url)).toEqual(backedUp);
    const photos = await mediaFiles(mediaDir);
    expect(Object.keys(photos).length).toBeGreaterThan(0);
    expect(await mediaFiles(restoredMedia)).toEqual(photos);
  });

  it('restores over the database it was made of, undoing what came after, a later migration too, once the app is stopped', async () => {
    await db.comment.deleteMany({});
    await db.$disconnect();
    await query(source.url, `create table newsletters (id serial primary key, address text not null)`);
    await query(
      source.url,
      `insert into _prisma_migrations (id, checksum, migration_name, applied_steps_count) values ('later', '', 'later', 1)`,
    );

    await restoreBackup({ file: backup[0]!.file, target: { kind: 'server', url: source.url } });

    expect(await contents(source.url)).toEqual(backedUp);
  });

  it('refuses, changing nothing, while an app instance is connected or when the new database is not empty', async () => {
    const app = new pg.Client({ connectionString: source.url, application_name: 'dateline-app' });
    await app.connect();
    try {
      await expect(restoreBackup({ file: backup[0]!.file, target: { kind: 'server', url: source.url } })).rejects.toThrow(
        /1 other connection\(s\) to .* are open \(dateline-app\): stop every app instance/,
      );
    } finally {
      await app.end();
    }
    await expect(
      restoreBackup({ file: backup[0]!.file, target: { kind: 'server', url: source.url }, intoNewDatabase: true }),
    ).rejects.toThrow(/already holds \d+ table\(s\): restore into an empty one/);
    expect(await contents(source.url)).toEqual(backedUp);
  });

  it('leaves the database as it was when the restore fails half-way', async () => {
    const other = await createTestDatabase('backup_other');
    made.push(other);
    await query(other.url, `create table notes (id int primary key); create schema archive; create table archive.notes (id int)`);
    const [dump] = await backUp({ target: { kind: 'server', url: other.url }, backupDir: path.join(work, 'other') });
    await query(source.url, `create schema archive; create table archive.notes (id int)`);

    await expect(restoreBackup({ file: dump!.file, target: { kind: 'server', url: source.url } })).rejects.toThrow(
      /^The restore failed and changed nothing\. psql said: psql:<stdin>:\d+: ERROR: {2}schema "archive" already exists$/,
    );
    await query(source.url, `drop schema archive cascade`);
    expect(await contents(source.url)).toEqual(backedUp);
  });

  it('refuses a missing file, a file that is no backup, and the media archive in its place', async () => {
    const target = { kind: 'server', url: source.url } as const;
    const impostor = path.join(work, 'dateline-20261202T103000Z-copy.dump');
    await writeFile(impostor, 'not a dump');

    await expect(restoreBackup({ file: path.join(work, 'nothing.dump'), target })).rejects.toThrow(/^There is no file .*nothing\.dump\.$/);
    await expect(restoreBackup({ file: impostor, target })).rejects.toThrow(
      /is not a Dateline backup: its content is not a pg_dump archive/,
    );
    await expect(restoreBackup({ file: backup[1]!.file, target })).rejects.toThrow(/is the media archive of a backup/);
    expect(await contents(source.url)).toEqual(backedUp);
  });

  it('works as npm run db:backup and db:restore, which answer a bad file with a sentence and a failing exit code', async () => {
    const env = { DATABASE_URL: source.url, MEDIA_DIR: mediaDir, BACKUP_DIR: path.join(work, 'cli') };
    const written = backupCommand('backup', [], env);
    expect(written.status, written.output).toBe(0);
    expect(written.output).toMatch(
      /Backed up the database and .*media:\n {2}.*dateline-\d{8}T\d{6}Z\.dump {2}\d+\.\d [kM]B\n {2}.*\.media\.tar {2}/,
    );

    const fresh = await createTestDatabase('backup_cli');
    made.push(fresh);
    const dump = path.join(
      env.BACKUP_DIR,
      (await readdir(env.BACKUP_DIR)).find((name) => name.endsWith('.dump'))!,
    );
    const restored = backupCommand('restore', [dump, '--into-database', fresh.name], env);
    expect(restored.status, restored.output).toBe(0);
    expect(restored.output).toContain(`into ${fresh.name}`);
    expect(await contents(fresh.url)).toEqual(backedUp);

    const refused = backupCommand('restore', [path.join(work, 'missing.dump')], env);
    expect(refused.status).toBe(1);
    expect(refused.output.trim()).toBe(`There is no file ${path.join(work, 'missing.dump')}.`);
  });
});

describe('backing up the embedded PostgreSQL and restoring it', { timeout: 60_000 }, () => {
  let root: string;
  let dataDir: string;
  let port: number;
  let server: EmbeddedPostgresServer | undefined;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'dateline-backup-pg-'));
    // As root the server runs as the `postgres` user, which must be able to reach the data directory.
    chmodSync(root, 0o755);
    dataDir = path.join(root, 'data');
    port = await freePort();
  });

  afterAll(async () => {
    await server?.stop();
    await rm(root, { recursive: true, force: true });
  });

  it('copies the running cluster, and a restore brings back what it held when the copy was made', async () => {
    server = await startEmbeddedPostgres({ dataDir, port, database: 'dateline' });
    await query(server.url, `create table notes (id int primary key, body text not null)`);
    await query(server.url, `insert into notes select n, '메모 ' || n from generate_series(1, 1000) n`);

    const [copy] = await backUp({ target: { kind: 'embedded', dataDir, port }, backupDir: path.join(root, 'backups') });
    expect(path.basename(copy!.file)).toMatch(/^dateline-\d{8}T\d{6}Z\.pgdata\.tar$/);
    await query(server.url, `insert into notes values (1001, 'after the backup')`);

    await expect(restoreBackup({ file: copy!.file, target: { kind: 'embedded', dataDir, port } })).rejects.toThrow(
      /The embedded PostgreSQL is running \(pid \d+\): stop npm start first/,
    );
    await server.stop();
    server = undefined;
    const notACopy = path.join(root, 'backups', 'dateline-20261202T103000Z.pgdata.tar');
    spawnSync('tar', ['--create', '--file', notACopy, '--directory', root, 'backups']);
    await expect(restoreBackup({ file: notACopy, target: { kind: 'embedded', dataDir, port } })).rejects.toThrow(
      /is not a copy of an embedded database/,
    );
    expect(await readdir(root)).toEqual(['backups', 'data']);

    const report = await restoreBackup({ file: copy!.file, target: { kind: 'embedded', dataDir, port } });
    expect(existsSync(path.join(report.previousDataDir!, 'PG_VERSION'))).toBe(true);

    server = await startEmbeddedPostgres({ dataDir, port, database: 'dateline' });
    expect(await query(server.url, `select count(*)::int as notes, max(id) as last from notes`)).toEqual([{ notes: 1000, last: 1000 }]);
  });
});
