import type { TestProject } from 'vitest/node';
import { applyMigrations } from '@/lib/db/migrate';
import { createTestDatabase } from '../support/database';

export default async function setup(project: TestProject) {
  const database = await createTestDatabase('integration');
  await applyMigrations(database.url);
  project.provide('databaseUrl', database.url);
  return () => database.drop();
}
