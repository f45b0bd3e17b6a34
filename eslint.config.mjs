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
  globalIgnores(['.next/**', 'build/**', 'public/islands/**', 'next-env.d.ts', 'lib/db/generated/**', 'var/**', 'test-results/**', 'playwright-report/**']),
]);
