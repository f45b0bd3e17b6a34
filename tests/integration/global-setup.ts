import type { TestProject } from 'vitest/node';
import { applyMigrations } from '@/lib/db/migrate';
import { createTestDatabase } from '../support/database';

/** Migrates once; each test file then works on its own copy (tests/support/own-database.ts). */
export default async function setup(project: TestProject) {
  const template = await createTestDatabase('template');
  await applyMigrations(template.url);
  project.provide('templateDatabase', template.name);
  return () => template.drop();
}
