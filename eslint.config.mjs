import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // Photos are stored with their own sizes and responsive variants; next/image's optimiser would resize them again.
      '@next/next/no-img-element': 'off',
    },
  },
  {
    // Components present what pages and routes loaded through lib/: no database, Prisma or Redis client of their own.
    // (The generated enums are plain constants, and lib/db/unavailable only tells an outage's error apart.)
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(@/lib/db/(?!unavailable$|generated/enums$)|@/lib/runtime/(database|read-database|redis)$|@prisma/|pg$|ioredis$)',
              message: 'Components do not query: load the data in lib/ and pass it in as props.',
            },
          ],
        },
      ],
    },
  },
  globalIgnores(['.next/**', 'build/**', 'public/islands/**', 'next-env.d.ts', 'lib/db/generated/**', 'var/**', 'test-results/**', 'playwright-report/**']),
]);
