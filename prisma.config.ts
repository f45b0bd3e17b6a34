import path from 'node:path';
import { defineConfig } from 'prisma/config';

// Prisma's native schema engine is downloaded from its binary host on first use, which air-gapped
// newsrooms (and CI) cannot reach. This script runs the same engine from its WebAssembly build.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve('prisma/engine/schema-engine.mjs');

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
    seed: 'tsx prisma/seed/index.ts',
  },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
