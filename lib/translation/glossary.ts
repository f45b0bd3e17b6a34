import { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { isStorableText } from '@/lib/security/text';

const glossaryLimits = { ko: 40, en: 80, note: 300 } as const;

// Composed (NFC) before anything else: text typed on macOS can arrive decomposed, and would neither match nor count right.
const composed = (value: string | null | undefined) => (value ?? '').normalize('NFC').trim();
const storable = z.string().refine(isStorableText, 'invalidCharacters');

const glossaryTermInputSchema = z.object({
  ko: z.string().transform(composed).pipe(storable.min(1).max(glossaryLimits.ko)),
  en: z.string().transform(composed).pipe(storable.min(1).max(glossaryLimits.en)),
  note: z
    .string()
    .nullish()
    .transform(composed)
    .pipe(storable.max(glossaryLimits.note))
    .transform((note) => note || null),
});

type GlossaryTermInput = z.input<typeof glossaryTermInputSchema>;
export type GlossaryField = keyof GlossaryTermInput;
/** Codes of lib/i18n/admin-messages.ts `fieldErrors`. */
export type GlossaryFieldError = 'required' | 'tooLong' | 'invalidCharacters' | 'glossaryTermTaken';
export type GlossaryFieldErrors = Partial<Record<GlossaryField, GlossaryFieldError>>;
export type GlossaryTermView = { id: string; ko: string; en: string; note: string | null };

export type GlossarySaveResult =
  | { ok: true; term: GlossaryTermView }
  | { ok: false; error: 'invalid'; fieldErrors: GlossaryFieldErrors }
  | { ok: false; error: 'notFound' };

const termView = { id: true, ko: true, en: true, note: true } as const;
const idSchema = z.uuid();

export function listGlossaryTerms(db: Database): Promise<GlossaryTermView[]> {
  return db.glossaryTerm.findMany({ select: termView, orderBy: { ko: 'asc' } });
}

function fieldErrorsOf(error: z.ZodError): GlossaryFieldErrors {
  const errors: GlossaryFieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as GlossaryField;
    errors[field] ??= issue.code === 'too_big' ? 'tooLong' : issue.message === 'invalidCharacters' ? 'invalidCharacters' : 'required';
  }
  return errors;
}

/** P2002: a unique value taken (the Korean term); P2025: the record to change is gone. */
const hasPrismaCode = (error: unknown, code: 'P2002' | 'P2025') => error instanceof Prisma.PrismaClientKnownRequestError && error.code === code;

/** Validates, then writes; a Korean term already in the glossary is a field error, not a failure. */
async function save(input: unknown, write: (data: z.output<typeof glossaryTermInputSchema>) => Promise<GlossarySaveResult>): Promise<GlossarySaveResult> {
  const parsed = glossaryTermInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    return await write(parsed.data);
  } catch (error) {
    if (hasPrismaCode(error, 'P2002')) return { ok: false, error: 'invalid', fieldErrors: { ko: 'glossaryTermTaken' } };
    throw error;
  }
}

export function createGlossaryTerm(db: Database, actorId: string, input: unknown): Promise<GlossarySaveResult> {
  return save(input, (data) =>
    db.$transaction(async (tx) => {
      const term = await tx.glossaryTerm.create({ data, select: termView });
      await recordAudit(tx, { actorId, action: 'glossary.create', entityType: 'glossaryTerm', entityId: term.id, details: data });
      return { ok: true, term };
    }),
  );
}

export function updateGlossaryTerm(db: Database, actorId: string, id: string, input: unknown): Promise<GlossarySaveResult> {
  if (!idSchema.safeParse(id).success) return Promise.resolve({ ok: false, error: 'notFound' });
  return save(input, (data) =>
    db.$transaction(async (tx) => {
      const before = await tx.glossaryTerm.findUnique({ where: { id }, select: { ko: true, en: true, note: true } });
      if (!before) return { ok: false, error: 'notFound' };
      const term = await tx.glossaryTerm.update({ where: { id }, data, select: termView });
      await recordAudit(tx, { actorId, action: 'glossary.update', entityType: 'glossaryTerm', entityId: id, details: { before, after: data } });
      return { ok: true, term };
    }),
  );
}

/** False when the term was already gone. */
export async function deleteGlossaryTerm(db: Database, actorId: string, id: string): Promise<boolean> {
  if (!idSchema.safeParse(id).success) return false;
  try {
    return await db.$transaction(async (tx) => {
      const { ko, en, note } = await tx.glossaryTerm.delete({ where: { id }, select: termView });
      await recordAudit(tx, { actorId, action: 'glossary.delete', entityType: 'glossaryTerm', entityId: id, details: { ko, en, note } });
      return true;
    });
  } catch (error) {
    if (hasPrismaCode(error, 'P2025')) return false;
    throw error;
  }
}
