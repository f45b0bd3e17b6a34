import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated database to copy, made by tests/integration/global-setup.ts. */
    templateDatabase: string;
  }
}
