import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server tests may create databases on: TEST_DATABASE_URL, else the local PostgreSQL. */
function serverUrl(): URL {
  return new URL(process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl().toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export type TestDatabase = { name: string; url: string; drop(): Promise<void> };

/**
 * A fresh, uniquely named database, so parallel and repeated runs never collide: empty, or a copy of
 * `template` (a migrated database copies in milliseconds, where migrating again takes a second).
 */
export async function createTestDatabase(purpose: string, template = 'template0'): Promise<TestDatabase> {
  const name = `dateline_${purpose}_${randomBytes(4).toString('hex')}`;
  await onServer((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}" ENCODING 'UTF8'`));
  const url = serverUrl();
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => onServer((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
