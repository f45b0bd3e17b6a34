import { format, stripVTControlCharacters } from 'node:util';
import { processSingleton } from '@/lib/runtime/singleton';
import { logger } from './logger';

const levels = { error: 'error', warn: 'warn', info: 'info', log: 'info', debug: 'debug' } as const;

/** How long Next.js's own report of a failed request waits for instrumentation.ts's, which has the request's id. */
const heldMilliseconds = 1_000;
const heldReports = () => processSingleton('heldConsoleReports', () => new WeakMap<Error, NodeJS.Timeout>());

/**
 * What Next.js and libraries print with console goes into the log as JSON lines, so every line the server writes is
 * one jq can read. Next.js reports a failed reader page twice, with console.error (no setting silences it) and through
 * instrumentation.ts: an error printed is held a moment, and dropped if the request's own line comes (dropConsoleReport).
 */
export function routeConsoleToLog(): void {
  for (const [method, level] of Object.entries(levels) as [keyof typeof levels, (typeof levels)[keyof typeof levels]][]) {
    console[method] = (...args: unknown[]) => {
      const err = args.find((arg) => arg instanceof Error);
      const message = stripVTControlCharacters(format(...args.filter((arg) => arg !== err))) || err?.message;
      const write = () => logger()[level](err ? { err } : {}, message);
      if (err && level === 'error') heldReports().set(err, setTimeout(write, heldMilliseconds).unref());
      else write();
    };
  }
}

/** The error's own line is written (lib/log/request-error.ts): a console report of it still held is dropped. */
export function dropConsoleReport(error: unknown): void {
  if (!(error instanceof Error)) return;
  clearTimeout(heldReports().get(error));
  heldReports().delete(error);
}
