/**
 * `npm run db:check-migrations`: fails when a migration newer than the released one drops, renames or retypes a table or
 * column the released version still reads (lib/db/migration-check.ts). The released version is the one recorded in
 * prisma/released.json, or with `--running DIR` the release in DIR (what deploy/rolling-deploy.sh passes: the one
 * `current` points at). `--record-release` records this tree as released; run it when cutting a release.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { migrationProblems, schemaReads, type Migration, type ReleasedSchema } from '@/lib/db/migration-check';

const projectRoot = path.resolve(import.meta.dirname, '..');
const releasedFile = path.join(projectRoot, 'prisma', 'released.json');

const releasedSchema = z.object({ migration: z.string().min(1), reads: z.record(z.string(), z.array(z.string())) });

export function migrationsOf(root: string): Migration[] {
  const dir = path.join(root, 'prisma', 'migrations');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => ({ name: entry.name, sql: readFileSync(path.join(dir, entry.name, 'migration.sql'), 'utf8') }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A release tree's newest migration and what its schema reads. */
function releaseOf(root: string): ReleasedSchema {
  const migration = migrationsOf(root).at(-1)?.name;
  if (!migration) throw new Error(`${root} has no migrations in prisma/migrations.`);
  return { migration, reads: schemaReads(readFileSync(path.join(root, 'prisma', 'schema.prisma'), 'utf8')) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { running: { type: 'string' }, 'record-release': { type: 'boolean', default: false } } });
  if (values['record-release']) {
    const release = releaseOf(projectRoot);
    // Only here, where a developer runs it: a release's own run (--running) needs no formatter.
    const prettier = await import('prettier');
    const options = { ...(await prettier.resolveConfig(releasedFile)), filepath: releasedFile };
    writeFileSync(releasedFile, await prettier.format(JSON.stringify(release), options));
    console.log(`Recorded this tree as released (newest migration ${release.migration}) in prisma/released.json.`);
    return;
  }
  const released = values.running
    ? releaseOf(path.resolve(values.running))
    : releasedSchema.parse(JSON.parse(readFileSync(releasedFile, 'utf8')));
  const problems = migrationProblems(released, migrationsOf(projectRoot));
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    process.exit(1);
  }
  console.log(`Migrations after ${released.migration} keep every table and column the released version reads.`);
}

if (import.meta.filename === process.argv[1]) await main();
