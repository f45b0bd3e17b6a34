import { z } from 'zod';
import { koreaDateTimeSchema } from '@/lib/articles/edit-schema';
import { locales } from '@/lib/i18n/locales';

/** How many secondary stories the front page shows under its lead: none (the newest fill the row) or 2 to 6. */
export const secondaryLimits = { min: 2, max: 6 } as const;
/** The stories each section's block shows: its pins first, then its newest. */
export const sectionBlockLength = 4;

/**
 * One language's front page as an editor arranges it in /admin/front, shared by the editor, its preview and the
 * save: the lead, optionally the lead that takes over at a Korea time, the secondary stories in order, and the
 * stories pinned at the top of their section's block, in order. Nothing chosen means the automatic front page.
 */
export const frontArrangementSchema = z.object({
  locale: z.enum(locales),
  lead: z.uuid().nullable(),
  nextLead: z.object({ articleId: z.uuid(), startsAt: koreaDateTimeSchema }).nullable(),
  secondary: z.array(z.uuid()).max(secondaryLimits.max),
  pinned: z.array(z.uuid()).max(sectionBlockLength * 20),
});

export type FrontArrangementInput = z.input<typeof frontArrangementSchema>;
export type FrontArrangement = z.output<typeof frontArrangementSchema>;
