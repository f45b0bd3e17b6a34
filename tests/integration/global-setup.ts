import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { applyMigrations } from '@/lib/db/migrate';
import { islandsManifestFile } from '@/lib/site/islands';
import { buildIslands } from '@/scripts/build-islands';
import { createTestDatabase } from '../support/database';

/**
 * Migrates once; each test file then works on its own copy (tests/support/own-database.ts). Reader pages rendered in
 * tests name this build's island script, so the islands are built first on a fresh clone (esbuild, about a second).
 */
export default async function setup(project: TestProject) {
  if (!existsSync(islandsManifestFile)) await buildIslands();
  const template = await createTestDatabase('template');
  await applyMigrations(template.url);
  project.provide('templateDatabase', template.name);
  return () => template.drop();
}
