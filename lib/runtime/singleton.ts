// No imports: the reader error page, which is bundled for browsers too, reads the page cache through this module.

/**
 * What must exist once per server process: the database and Redis clients, the page cache, in-memory limits and
 * challenges, the scheduler's timer, the outage clock. A module-level variable is not enough: Next.js bundles each
 * route apart and loads the cache handler outside its bundles (several copies of a module in one process), and dev
 * reloads evaluate modules again. So they are kept on globalThis, by name, here and nowhere else.
 */
const store = globalThis as unknown as { datelineProcessSingletons?: Map<string, unknown> };
const singletons = (store.datelineProcessSingletons ??= new Map());

/** The process's one `name`, made by `create` on first use. */
export function processSingleton<T>(name: string, create: () => T): T {
  if (!singletons.has(name)) singletons.set(name, create());
  return singletons.get(name) as T;
}

/** The process's `name` if something has made it already; never makes it. */
export function existingProcessSingleton<T>(name: string): T | undefined {
  return singletons.get(name) as T | undefined;
}
