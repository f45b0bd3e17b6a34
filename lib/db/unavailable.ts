// No imports: error pages (client components) read the digest, and must not pull the database client in.

/** Kept by Next.js on errors it sends to the browser (messages are not), so error pages can tell an outage apart. */
export const databaseUnavailableDigest = 'DATELINE_DATABASE_UNAVAILABLE';

/** How long a reader, crawler or proxy is asked to wait (Retry-After) before asking again while the database is out. */
export const databaseUnavailableRetryAfterSeconds = 30;

/** A page needed the database and could not reach it: the reader is told to come back shortly, with a 503. */
export class DatabaseUnavailableError extends Error {
  readonly digest = databaseUnavailableDigest;

  constructor(options?: ErrorOptions) {
    super('The database cannot be reached', options);
  }
}

export function isDatabaseUnavailableDigest(error: unknown): boolean {
  return error instanceof Error && (error as { digest?: unknown }).digest === databaseUnavailableDigest;
}
