import '#server-only';
import { z } from 'zod';
import { withCode } from '@/lib/actions/codes';
import { recordAudit } from '@/lib/audit/record';
import type { Database } from '@/lib/db/client';
import { locales, type Locale } from '@/lib/i18n/locales';

export const uiLocaleSchema = z.object({ uiLocale: z.enum(locales, withCode('localeInvalid')) });

export async function changeOwnUiLocale(db: Database, actor: { id: string }, uiLocale: Locale): Promise<void> {
  await db.$transaction(async (tx) => {
    const { uiLocale: previous } = await tx.staff.findUniqueOrThrow({ where: { id: actor.id }, select: { uiLocale: true } });
    if (previous === uiLocale) return;
    await tx.staff.update({ where: { id: actor.id }, data: { uiLocale } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'staff.changeUiLocale',
      entityType: 'staff',
      entityId: actor.id,
      details: { from: previous, to: uiLocale },
    });
  });
}
