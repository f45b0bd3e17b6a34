import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { createDatabase, type Database } from '@/lib/db/client';
import { createTestDatabase, type TestDatabase } from './database';

/**
 * Gives the calling test file a migrated database and a media folder of its own for its whole run,
 * removed afterwards. Read `.db` inside tests and hooks, once beforeAll has run.
 */
export function ownTestDatabase(purpose: string): { readonly db: Database } {
  let database: TestDatabase | undefined;
  let client: Database | undefined;
  let mediaDir: string | undefined;

  beforeAll(async () => {
    database = await createTestDatabase(purpose, inject('templateDatabase'));
    client = createDatabase(database.url);
    mediaDir = await mkdtemp(path.join(tmpdir(), 'dateline-media-'));
    process.env.MEDIA_DIR = mediaDir;
  });

  afterAll(async () => {
    await client?.$disconnect();
    await database?.drop();
    if (mediaDir) await rm(mediaDir, { recursive: true, force: true });
  });

  return {
    get db() {
      if (!client) throw new Error('ownTestDatabase: the database is ready only once beforeAll has run');
      return client;
    },
  };
}
