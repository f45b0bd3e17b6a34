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
      // The whole newsroom table carries every area in both languages; a component takes its area's messages.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@/lib/i18n/admin-messages',
              allowTypeImports: true,
              message:
                "Import your area's messages from lib/i18n/admin/ (e.g. mediaMessages[locale]): this table ships every area in both languages.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    '.next/**',
    'build/**',
    'public/islands/**',
    'next-env.d.ts',
    'lib/db/generated/**',
    'var/**',
    'test-results/**',
    'playwright-report/**',
  ]),
]);
