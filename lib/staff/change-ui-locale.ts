import { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import type { Database } from '@/lib/db/client';
import { locales } from '@/lib/i18n/locales';
import { fieldErrorsOf, withCode, type StaffChangeResult } from './field-errors';

const uiLocaleSchema = z.object({ uiLocale: z.enum(locales, withCode('localeInvalid')) });
export type UiLocaleField = keyof z.input<typeof uiLocaleSchema>;

export async function changeOwnUiLocale(db: Database, actor: { id: string }, input: unknown): Promise<StaffChangeResult<UiLocaleField>> {
  const parsed = uiLocaleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { uiLocale } = parsed.data;

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
  return { ok: true };
}
