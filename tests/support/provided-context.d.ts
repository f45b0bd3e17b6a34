import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's own migrated database, made by tests/integration/global-setup.ts. */
    databaseUrl: string;
  }
}
