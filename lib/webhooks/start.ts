import '#server-only';
import { getDatabase } from '@/lib/runtime/database';
import { onShutdown } from '@/lib/runtime/shutdown';
import { processSingleton } from '@/lib/runtime/singleton';
import { startWebhookWorkerOn } from './worker';

/** Starts the outbox worker once per process, beside scheduled publishing (instrumentation.ts); stopped as the server stops. */
export function startWebhookWorker(): void {
  processSingleton('webhookWorker', () => {
    const worker = startWebhookWorkerOn(getDatabase());
    onShutdown(() => worker.stop());
    return worker;
  });
}
