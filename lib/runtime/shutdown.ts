// No imports but the singletons: the app's server (lib/http/server.ts) runs these without loading what they reach.
import { processSingleton } from './singleton';

const tasks = () => processSingleton('shutdownTasks', () => new Set<() => Promise<void>>());

/** Work to finish before the process exits on SIGTERM or SIGINT, once requests in flight are answered. */
export function onShutdown(task: () => Promise<void>): void {
  tasks().add(task);
}

export async function runShutdownTasks(): Promise<void> {
  await Promise.allSettled([...tasks()].map((task) => task()));
}
