/**
 * An audit entry as a sentence: the words before and after its target (an article's headline, a staff member's
 * name, a comment), which the log shows linked between them. `after` is absent when the sentence names no target.
 */
export type Sentence = readonly [before: string, after?: string];

/** An entry's details, read defensively: they are JSON written by whichever version made the entry. */
export type AuditDetails = {
  /** The entry's entity id (for the front page: its language). */
  entityId: string;
  /** A string or number at `path` (`text('before', 'ko')`), as text; undefined when absent or of another shape. */
  text(...path: string[]): string | undefined;
  /** The strings of an array at `path`. */
  list(...path: string[]): string[];
};

export function readDetails(details: unknown, entityId: string): AuditDetails {
  const at = (path: string[]) =>
    path.reduce<unknown>(
      (value, key) => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined),
      details,
    );
  return {
    entityId,
    text: (...path) => {
      const value = at(path);
      return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
    },
    list: (...path) => {
      const value = at(path);
      return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
    },
  };
}
