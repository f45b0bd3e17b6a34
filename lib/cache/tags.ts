/**
 * The tag of everything stored for one address: what Next.js's revalidatePath() revalidates
 * (NEXT_CACHE_IMPLICIT_TAG_ID), so the app's own revalidation and Next.js's reach the same entries.
 */
export function pathTag(path: string): string {
  return `_N_T_${path}`;
}
