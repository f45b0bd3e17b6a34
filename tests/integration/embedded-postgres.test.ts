import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedPostgresServer } from '../../lib/db/embedded';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function query<Row extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', { timeout: 30_000 }, () => {
  let root: string;
  let dataDir: string;
  let port: number;
  let server: EmbeddedPostgresServer | undefined;

  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'dateline-pg-'));
    // As root the server runs as the `postgres` user, which must be able to reach the data directory.
    chmodSync(root, 0o755);
    dataDir = path.join(root, 'data');
    port = await freePort();
  });

  afterAll(async () => {
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('creates a UTF-8 cluster with Korean collation and the requested database', async () => {
    server = await startEmbeddedPostgres({ dataDir, port, database: 'dateline_test' });

    expect(server.created).toBe(true);
    expect(server.url).toBe(`postgresql://postgres@127.0.0.1:${port}/dateline_test`);
    const [settings] = await query<{ encoding: string; locale: string }>(
      server.url,
      `select pg_encoding_to_char(encoding) as encoding, datlocale as locale from pg_database where datname = current_database()`,
    );
    expect(settings).toEqual({ encoding: 'UTF8', locale: 'ko-KR' });
  });

  it('keeps data across a restart', async () => {
    await query(server!.url, 'create table notes (id int primary key, body text not null)');
    await query(server!.url, 'insert into notes values (1, $1)', ['남양주시 화상 회의']);
    await server!.stop();

    server = await startEmbeddedPostgres({ dataDir, port, database: 'dateline_test' });

    expect(server.created).toBe(false);
    expect(await query(server.url, 'select body from notes where id = 1')).toEqual([{ body: '남양주시 화상 회의' }]);
  });

  it('starts again after a crash left a stale postmaster.pid behind', async () => {
    const pidFile = path.join(dataDir, 'postmaster.pid');
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    process.kill(pid, 'SIGKILL');
    await server!.stop();
    expect(existsSync(pidFile)).toBe(true);

    server = await startEmbeddedPostgres({ dataDir, port, database: 'dateline_test' });

    expect(await query(server.url, 'select count(*)::int as n from notes')).toEqual([{ n: 1 }]);
  });
});
