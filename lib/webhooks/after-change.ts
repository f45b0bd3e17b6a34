import { revalidatePath } from 'next/cache';
import { webhooksPath } from './webhooks';

/** After a webhook was added or removed, or a delivery sent again: the webhooks page lists them. Audited in their transactions. */
export function webhooksChanged(): void {
  revalidatePath(webhooksPath);
}
