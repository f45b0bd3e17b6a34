import '#server-only';
import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import { z } from 'zod';
import { processSingleton } from '@/lib/runtime/singleton';

const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const formats = ['json', 'pretty'] as const;

const logSettingsSchema = z.object({
  LOG_LEVEL: z.enum(levels).default('info'),
  LOG_FORMAT: z.enum(formats).optional(),
});

export type LogSettings = { level: (typeof levels)[number]; format: (typeof formats)[number] };

/**
 * LOG_LEVEL (info) and LOG_FORMAT: JSON lines, one per event, for journald and log shippers; readable lines when a
 * person watches the terminal (`npm start`), unless LOG_FORMAT says otherwise.
 */
export function logSettings(env: Readonly<Record<string, string | undefined>>, terminal: boolean): LogSettings {
  const parsed = logSettingsSchema.safeParse({ LOG_LEVEL: env.LOG_LEVEL || undefined, LOG_FORMAT: env.LOG_FORMAT || undefined });
  if (!parsed.success) {
    const name = String(parsed.error.issues[0]!.path[0]) as 'LOG_LEVEL' | 'LOG_FORMAT';
    const allowed = name === 'LOG_LEVEL' ? levels : formats;
    throw new Error(`${name} must be one of ${allowed.join(', ')}, not "${env[name]}".`);
  }
  return { level: parsed.data.LOG_LEVEL, format: parsed.data.LOG_FORMAT ?? (terminal ? 'pretty' : 'json') };
}

/** Fields that hold secrets or a reader's address wherever they appear, up to two levels down: a safety net, not the rule. */
const secretFields = [
  'password',
  'newPassword',
  'currentPassword',
  'passwordHash',
  'secret',
  'token',
  'accessToken',
  'refreshToken',
  'sessionToken',
  'csrfToken',
  'apiKey',
  'authorization',
  'cookie',
  'cookies',
  'set-cookie',
  'x-forwarded-for',
  'x-real-ip',
  'ip',
  'clientAddress',
  'remoteAddress',
];
export const redactedPaths = secretFields.flatMap((field) => {
  const key = `["${field}"]`;
  return [key, `*${key}`, `*.*${key}`];
});

/** The logger writing to `destination` (stdout unless given): JSON lines, or a person's lines in the pretty format. */
export function createLogger({ level, format }: LogSettings, destination?: DestinationStream): Logger {
  const options = {
    level,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    redact: { paths: redactedPaths, censor: '[redacted]' },
  };
  if (format === 'json') return pino(options, destination ?? pino.destination({ dest: 1, sync: true }));
  // A stream in this thread, not a transport: a transport's worker would have to find pino-pretty from inside Next's bundles.
  const readable = pretty({
    destination: destination ?? 1,
    sync: true,
    colorize: destination === undefined && process.stdout.isTTY,
    singleLine: true,
    ignore: 'pid,hostname',
    translateTime: 'SYS:HH:MM:ss.l',
  });
  return pino(options, readable);
}

/** The process's logger (one for the app's server and all of Next's bundles); a bad LOG_LEVEL or LOG_FORMAT throws on first use. */
export function logger(): Logger {
  return processSingleton('logger', () => createLogger(logSettings(process.env, process.stdout.isTTY === true)));
}
