import { refresh } from 'next/cache';

/** After a change to accounts: the newsroom page that made it shows it (names, roles, language). Audited in its transaction. */
export function staffChanged(): void {
  refresh();
}
