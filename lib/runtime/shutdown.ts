// No imports but the singletons: the app's server (lib/http/server.ts) runs these without loading what they reach.
import { existingProcessSingleton, processSingleton } from './singleton';

const tasks = () => processSingleton('shutdownTasks', () => new Set<() => Promise<void>>());

/** Work to finish before the process exits on SIGTERM or SIGINT, once requests in flight are answered. */
export function onShutdown(task: () => Promise<void>): void {
  tasks().add(task);
}

export async function runShutdownTasks(): Promise<void> {
  await Promise.allSettled([...tasks()].map((task) => task()));
}

/** Closes the database pool and Redis connections, if this process opened them: last, once every task above is done. */
export async function closeConnections(): Promise<void> {
  const database = existingProcessSingleton<{ $disconnect(): Promise<void> }>('database');
  const redis = existingProcessSingleton<Map<string, { quit(): Promise<unknown> }>>('redisConnections');
  await Promise.allSettled([database?.$disconnect(), ...[...(redis?.values() ?? [])].map((connection) => connection.quit())]);
}
