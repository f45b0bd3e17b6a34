// The Prisma CLI migrates through prisma/engine/schema-engine.mjs (the WebAssembly schema engine),
// so migrations work without Prisma's binary host. This proves it on a fresh database.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const TIMEOUT = 60_000;

function prisma(databaseUrl: string, ...args: string[]) {
  return promisify(execFile)('node_modules/.bin/prisma', args, {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    timeout: TIMEOUT,
  });
}

async function tableNames(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    return rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

describe('offline schema engine', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('engine');
  }, TIMEOUT);

  afterAll(async () => {
    await database?.drop();
  }, TIMEOUT);

  it(
    'applies the committed migrations to an empty database',
    async () => {
      await prisma(database.url, 'migrate', 'deploy');

      expect(await tableNames(database.url)).toEqual(expect.arrayContaining(['articles', 'comments', 'staff']));
      const { stdout } = await prisma(database.url, 'migrate', 'status');
      expect(stdout).toContain('Database schema is up to date');
    },
    TIMEOUT,
  );

  it(
    'has committed migrations that match the schema',
    async () => {
      // --exit-code makes a difference exit with 2, which rejects.
      const { stdout } = await prisma(
        database.url,
        'migrate',
        'diff',
        '--from-migrations',
        'prisma/migrations',
        '--to-schema',
        'prisma/schema.prisma',
        '--exit-code',
      );
      expect(stdout).toContain('No difference detected');
    },
    TIMEOUT,
  );
});
