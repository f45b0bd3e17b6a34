import { z } from 'zod';

/** A query-string value, empty meaning none (what an untouched form field sends). */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** `?before=` holds the id of the last entry shown: ids only grow, so newest first is highest id first. */
export const auditCursorSchema = z
  .string()
  .regex(/^[1-9]\d{0,18}$/)
  .transform((digits) => BigInt(digits));

/**
 * The audit log's address: `?who=<staff id>|system&what=<area>|<area.verb>&from=2026-11-01&to=…&before=<id>`.
 * `what` takes any code of the shape, so entries of kinds this version no longer declares can still be found.
 */
export const auditFilterSchema = z
  .object({
    who: optional(z.union([z.literal('system'), z.uuid()])),
    what: optional(
      z
        .string()
        .max(60)
        .regex(/^[a-z]+(\.[a-zA-Z]+)?$/),
    ),
    /** Korea-time calendar days, inclusive. */
    from: optional(z.iso.date()),
    to: optional(z.iso.date()),
    before: optional(auditCursorSchema),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, { path: ['to'], message: 'order' });
export type AuditFilter = z.output<typeof auditFilterSchema>;
export type AuditFilterProblem = keyof AuditFilter | 'order';

const filterKeys = ['who', 'what', 'from', 'to', 'before'] as const;

/**
 * The filter in the address, and what was wrong with it: a bad value is left out (and named, for the page to say
 * so) instead of failing the page or silently showing something else than asked.
 */
export function parseAuditFilter(raw: Record<string, unknown>): { filter: AuditFilter; problems: AuditFilterProblem[] } {
  const problems: AuditFilterProblem[] = [];
  let input: Record<string, unknown> = Object.fromEntries(filterKeys.map((key) => [key, raw[key]]));
  for (;;) {
    const parsed = auditFilterSchema.safeParse(input);
    if (parsed.success) return { filter: parsed.data, problems };
    // The dates' order is judged once both dates are valid: a round with a bad field leaves it for the next.
    const fieldIssues = parsed.error.issues.filter((issue) => issue.message !== 'order');
    for (const issue of fieldIssues.length > 0 ? fieldIssues : parsed.error.issues) {
      const field = issue.path[0] as keyof AuditFilter;
      problems.push(issue.message === 'order' ? 'order' : field);
      input = { ...input, [field]: undefined };
    }
  }
}

export const auditPath = '/admin/audit';
export type AuditParams = Omit<AuditFilter, 'before'>;

/** The log filtered by `params`, from the entry before `before` (an id) when given; empty values stay out of the address. */
export function auditHref(params: AuditParams, before?: string): string {
  const query = new URLSearchParams(
    Object.entries({ ...params, before }).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''),
  );
  return query.size > 0 ? `${auditPath}?${query}` : auditPath;
}
