import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { testStaff } from '../support/staff-credentials';

/** Everything the build sends to browsers. */
const clientBundle = '.next/static';

const secretNames = ['IP_HASH_SECRET', 'NEXTAUTH_SECRET', 'DATABASE_URL', 'DATABASE_REPLICA_URL', 'REDIS_URL', 'TEST_DATABASE_URL'];
const staffPasswordNames = ['REPORTER', 'EDITOR', 'MODERATOR', 'ADMIN'].map((role) => `STAFF_${role}_PASSWORD`);
/** What server-side values look like: connection strings and password hashes. */
const secretShapes = ['postgresql://', 'postgres://', 'redis://', '$argon2'];

/** The values themselves, where this machine has them: the environment, the generated local secrets, the test passwords. */
function secretValues(): string[] {
  const local = path.join('var', 'secrets.json');
  const generated = existsSync(local) ? Object.values(JSON.parse(readFileSync(local, 'utf8')) as Record<string, string>) : [];
  const fromEnv = [...secretNames, ...staffPasswordNames].map((name) => process.env[name]);
  const testPasswords = Object.values(testStaff).map(({ password }) => password);
  return [...generated, ...fromEnv, ...testPasswords].filter((value): value is string => typeof value === 'string' && value.length >= 8);
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(file) : [file];
  });
}

test('no server secret, by name or by value, is in the JavaScript and CSS sent to browsers', () => {
  const needles = [...secretNames, ...staffPasswordNames, ...secretShapes, ...secretValues()];
  const files = filesUnder(clientBundle);
  expect(files.some((file) => file.endsWith('.js'))).toBe(true);
  const found = files.flatMap((file) => {
    const text = readFileSync(file, 'latin1');
    return needles.filter((needle) => text.includes(needle)).map((needle) => `${file}: ${needle.length > 12 && !secretShapes.includes(needle) ? `${needle.slice(0, 4)}… (a secret's value)` : needle}`);
  });
  expect(found, 'files sent to browsers that contain server secrets').toEqual([]);
});
