import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalSecretsError, ensureLocalSecrets } from '../../lib/config/local-secrets';

const NAMES = ['IP_HASH_SECRET', 'NEXTAUTH_SECRET'];

describe('ensureLocalSecrets', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-secrets-'));
    file = path.join(dir, 'var', 'secrets.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('generates each secret once and keeps them in a private file', () => {
    const secrets = ensureLocalSecrets(NAMES, file, {});

    expect(Object.keys(secrets)).toEqual(NAMES);
    expect(secrets.IP_HASH_SECRET).toMatch(/^[\w-]{43}$/);
    expect(secrets.NEXTAUTH_SECRET).not.toBe(secrets.IP_HASH_SECRET);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(secrets);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('reuses the stored secrets on later calls', () => {
    const first = ensureLocalSecrets(NAMES, file, {});
    expect(ensureLocalSecrets(NAMES, file, {})).toEqual(first);
  });

  it('prefers values from the environment and does not store them', () => {
    const stored = ensureLocalSecrets(NAMES, file, {});
    const secrets = ensureLocalSecrets(NAMES, file, { IP_HASH_SECRET: 'from-env' });

    expect(secrets).toEqual({ IP_HASH_SECRET: 'from-env', NEXTAUTH_SECRET: stored.NEXTAUTH_SECRET });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(stored);
  });

  it('writes no file when the environment sets every secret', () => {
    const env = { IP_HASH_SECRET: 'a', NEXTAUTH_SECRET: 'b' };
    expect(ensureLocalSecrets(NAMES, file, env)).toEqual(env);
    expect(existsSync(file)).toBe(false);
  });

  it('refuses to generate secrets in production', () => {
    const env = { NODE_ENV: 'production', NEXTAUTH_SECRET: 'set' } as const;
    expect(() => ensureLocalSecrets(NAMES, file, env)).toThrow(LocalSecretsError);
    expect(() => ensureLocalSecrets(NAMES, file, env)).toThrow('IP_HASH_SECRET must be set in the environment when NODE_ENV=production.');
    expect(existsSync(file)).toBe(false);
  });

  it('accepts production when the environment sets every secret', () => {
    const env = { NODE_ENV: 'production', IP_HASH_SECRET: 'a', NEXTAUTH_SECRET: 'b' } as const;
    expect(ensureLocalSecrets(NAMES, file, env)).toEqual({ IP_HASH_SECRET: 'a', NEXTAUTH_SECRET: 'b' });
  });
});
