/**
 * A translation is stale once its source text has changed since it was made: the source's textVersion
 * has moved past the version the translation records. The source itself, and a text with no record, never are.
 */
export function isTranslationStale(
  translation: { translatedFromVersion: number | null },
  source: { textVersion: number } | undefined,
): boolean {
  return translation.translatedFromVersion !== null && source !== undefined && translation.translatedFromVersion < source.textVersion;
}
