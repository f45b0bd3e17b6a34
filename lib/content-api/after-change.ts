import { revalidatePath } from 'next/cache';

export const apiKeysPath = '/admin/api-keys';

/** After a key was made or revoked: the keys page lists it. Audited in its transaction. */
export function apiKeysChanged(): void {
  revalidatePath(apiKeysPath);
}
