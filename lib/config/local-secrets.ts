import '#server-only';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A secret is missing in production, or the local secrets file cannot be used. */
export class LocalSecretsError extends Error {}

type Secrets = Record<string, string>;
type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Returns a value for each named secret: the environment's if set; otherwise, outside production,
 * one generated on first use and kept in `file` (mode 0600) so later starts reuse it.
 */
export function ensureLocalSecrets(names: readonly string[], file: string, env: Environment = process.env): Secrets {
  const missing = names.filter((name) => !env[name]);
  if (missing.length > 0 && env.NODE_ENV === 'production') {
    throw new LocalSecretsError(`${missing.join(' and ')} must be set in the environment when NODE_ENV=production.`);
  }

  const stored = missing.length > 0 ? readSecretsFile(file) : {};
  const generated: Secrets = {};
  for (const name of missing) {
    if (!stored[name]) generated[name] = randomBytes(32).toString('base64url');
  }
  if (Object.keys(generated).length > 0) writeSecretsFile(file, { ...stored, ...generated });

  return Object.fromEntries(names.map((name) => [name, env[name] || stored[name] || generated[name]!]));
}

function readSecretsFile(file: string): Secrets {
  if (!existsSync(file)) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (isSecrets(parsed)) return parsed;
  } catch {
    // Reported below, together with the wrong-shape case.
  }
  throw new LocalSecretsError(`${file} is not a JSON object of strings. Fix it, or delete it to generate new secrets.`);
}

function isSecrets(value: unknown): value is Secrets {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
}

function writeSecretsFile(file: string, secrets: Secrets): void {
  mkdirSync(path.dirname(file), { recursive: true });
  // Write then rename, so a crash never leaves a half-written file behind.
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, file);
}
