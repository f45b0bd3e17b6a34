import '#server-only';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { processPageCache } from './process-cache';

/** A JSON answer as it is stored and sent: compressed once, named by its content. */
export type StoredJson = { gzip: Buffer; etag: string };

type Options = {
  /** Revalidating one of them drops the stored copy on every app server. */
  tags: string[];
  /** A safety net only: the writes that change the data revalidate its tags. */
  lifetimeMs: number;
};

// Readers arriving together while no copy exists wait for one load instead of each running it.
const loading = new Map<string, Promise<StoredJson>>();

function stored(json: unknown): StoredJson {
  const text = JSON.stringify(json);
  return { gzip: gzipSync(text), etag: `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"` };
}

async function loadAndStore(key: string, { tags, lifetimeMs }: Options, load: () => Promise<unknown>): Promise<StoredJson> {
  const cache = processPageCache();
  const startedAt = Date.now();
  const answer = stored(await load());
  await cache.set(
    key,
    { kind: 'DATA', tags, body: answer.gzip, etag: answer.etag },
    { revalidate: lifetimeMs / 1000, expire: lifetimeMs / 1000 },
    startedAt,
  );
  return answer;
}

/**
 * A JSON answer from the shared page cache (Redis when configured, so one copy serves every app server) while it is
 * younger than its lifetime and none of its tags was revalidated since; else loaded, once per process however many
 * ask at the same moment, and stored. A load that fails (a refusal thrown) is passed on to all of them and never stored.
 */
export async function cachedJson(key: string, options: Options, load: () => Promise<unknown>): Promise<StoredJson> {
  const entry = await processPageCache().get(key, options.tags);
  const value = entry?.value;
  if (value?.kind === 'DATA' && Date.now() - entry!.lastModified < options.lifetimeMs) return { gzip: value.body, etag: value.etag };
  const pending = loading.get(key) ?? loadAndStore(key, options, load).finally(() => loading.delete(key));
  loading.set(key, pending);
  return pending;
}
