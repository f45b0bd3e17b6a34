import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { applyMigrations } from '@/lib/db/migrate';
import { benchMediaDir, benchStaffPasswordEnv, projectRoot } from './bench-setup';

export type DataSize = { articles: number; comments: number };
export type BenchDatabase = { url: string; mostCommentedSlug: string; loadArticles: number };

const defaultSize: DataSize = { articles: 100_000, comments: 1_000_000 };

/** dateline_bench for the issue's size; other sizes get their own database, so a quick run never replaces the big one. */
function databaseUrl({ articles, comments }: DataSize): string {
  if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
  const isDefault = articles === defaultSize.articles && comments === defaultSize.comments;
  return `postgresql://postgres@127.0.0.1:5432/dateline_bench${isDefault ? '' : `_${articles}_${comments}`}`;
}

async function onServer<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const server = new URL(url);
  server.pathname = '/postgres';
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function inDatabase<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const nameOf = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

/** What the database holds: generated articles and comments, and whether the seed photo is in the media folder. */
async function inventory(url: string): Promise<{ articles: number; comments: number; photoStored: boolean }> {
  return inDatabase(url, async (client) => {
    const counts = await client.query<{ articles: string; comments: string }>(
      `SELECT (SELECT count(*) FROM articles WHERE slug LIKE 'load-%') AS articles, (SELECT count(*) FROM comments) AS comments`,
    );
    const photo = await client.query<{ storage_key: string }>('SELECT storage_key FROM photos LIMIT 1');
    const key = photo.rows[0]?.storage_key;
    return {
      articles: Number(counts.rows[0]!.articles),
      comments: Number(counts.rows[0]!.comments),
      photoStored: key !== undefined && existsSync(path.join(benchMediaDir, key)),
    };
  });
}

/** An empty, migrated database; an existing one is dropped first only when its name says it is the benchmark's. */
async function recreate(url: string): Promise<void> {
  const name = nameOf(url);
  if (!name.startsWith('dateline_bench')) {
    throw new Error(
      `${name} holds less than the benchmark needs. Point BENCH_DATABASE_URL at an empty database or one named dateline_bench…`,
    );
  }
  await onServer(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}" ENCODING 'UTF8'`);
  });
}

function generate(url: string, size: DataSize): Promise<void> {
  const args = ['scripts/load/generate-load.ts', '--articles', String(size.articles), '--comments', String(size.comments)];
  const child = spawn(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), args, {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: url, MEDIA_DIR: benchMediaDir, ...benchStaffPasswordEnv },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`The load generator failed (exit code ${code}).`))));
  });
}

/**
 * The benchmark's database with at least `size` generated articles and comments: reused when it has them, else made
 * anew by the load generator (npm run db:generate-load), which is timed. Pending migrations are applied either way.
 */
export async function prepareBenchDatabase(size: DataSize): Promise<BenchDatabase> {
  const url = databaseUrl(size);
  const exists = await onServer(
    url,
    async (client) => (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [nameOf(url)])).rowCount === 1,
  );
  if (!exists) await onServer(url, (client) => client.query(`CREATE DATABASE "${nameOf(url)}" ENCODING 'UTF8'`));
  await applyMigrations(url);

  const found = await inventory(url);
  if (found.articles >= size.articles && found.comments >= size.comments && found.photoStored) {
    console.log(
      `› Reusing ${nameOf(url)}: ${found.articles.toLocaleString('en-US')} articles, ${found.comments.toLocaleString('en-US')} comments.`,
    );
  } else {
    if (found.articles > 0) {
      console.log(
        `› ${nameOf(url)} is smaller than asked or its photo is missing from ${path.relative(projectRoot, benchMediaDir)}: generating it again.`,
      );
      await recreate(url);
    }
    console.log(
      `› Generating ${size.articles.toLocaleString('en-US')} articles and ${size.comments.toLocaleString('en-US')} comments into ${nameOf(url)}…`,
    );
    const started = performance.now();
    await generate(url, size);
    console.log(`› Generated in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  }

  return inDatabase(url, async (client) => {
    const hot = await client.query<{ slug: string }>(
      `SELECT a.slug FROM articles a
       JOIN (SELECT article_id, count(*) AS n FROM comments WHERE status = 'VISIBLE' GROUP BY article_id ORDER BY n DESC LIMIT 1) c ON c.article_id = a.id`,
    );
    const load = await client.query<{ n: string }>(`SELECT count(*) AS n FROM articles WHERE slug LIKE 'load-%'`);
    return { url, mostCommentedSlug: hot.rows[0]!.slug, loadArticles: Number(load.rows[0]!.n) };
  });
}
