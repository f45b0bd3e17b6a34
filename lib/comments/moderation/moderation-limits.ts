/** No zod here: the moderation forms (client components) set the same limits the server's schema checks. */

export const moderationNoteMax = 500;
export const banReasonMax = 300;
export const bannedWordMax = 50;
export const reportThresholdRange = { min: 1, max: 20 } as const;
/** Comments (or commenters) one action may take at once. */
export const moderationBatchMax = 100;

/** A Korean news site's usual sanctions: a day, a week, a month, or until a moderator lifts it. */
export const banPeriods = { day: 1, week: 7, month: 30, permanent: null } as const;
export type BanPeriod = keyof typeof banPeriods;
