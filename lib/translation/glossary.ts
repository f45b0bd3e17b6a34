import '#server-only';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { InvalidInputError, RefusedError } from '@/lib/errors';
import { withCode } from '@/lib/actions/codes';
import { isStorableText } from '@/lib/security/text';

const glossaryLimits = { ko: 40, en: 80, note: 300 } as const;

// Composed (NFC) before anything else: text typed on macOS can arrive decomposed, and would neither match nor count right.
const composed = (value: string | null | undefined) => (value ?? '').normalize('NFC').trim();
const storable = z.string().refine(isStorableText, withCode('invalidCharacters'));
const term = (max: number) =>
  z
    .string(withCode('required'))
    .transform(composed)
    .pipe(storable.min(1, withCode('required')).max(max, withCode('tooLong')));

export const glossaryTermInputSchema = z.object({
  ko: term(glossaryLimits.ko),
  en: term(glossaryLimits.en),
  note: z
    .string()
    .nullish()
    .transform(composed)
    .pipe(storable.max(glossaryLimits.note, withCode('tooLong')))
    .transform((note) => note || null),
});

type GlossaryTermInput = z.output<typeof glossaryTermInputSchema>;
export type GlossaryField = keyof GlossaryTermInput;
export type GlossaryTermView = { id: string; ko: string; en: string; note: string | null };

const termView = { id: true, ko: true, en: true, note: true } as const;

export function listGlossaryTerms(db: Database): Promise<GlossaryTermView[]> {
  return db.glossaryTerm.findMany({ select: termView, orderBy: { ko: 'asc' } });
}

/** P2002: a unique value taken (the Korean term); P2025: the record to change is gone. */
const hasPrismaCode = (error: unknown, code: 'P2002' | 'P2025') =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === code;

/** A Korean term already in the glossary is a field error. */
async function save(write: () => Promise<GlossaryTermView>): Promise<GlossaryTermView> {
  try {
    return await write();
  } catch (error) {
    if (hasPrismaCode(error, 'P2002')) throw new InvalidInputError({ ko: ['glossaryTermTaken'] });
    throw error;
  }
}

export function createGlossaryTerm(db: Database, actorId: string, data: GlossaryTermInput): Promise<GlossaryTermView> {
  return save(() =>
    db.$transaction(async (tx) => {
      const term = await tx.glossaryTerm.create({ data, select: termView });
      await recordAudit(tx, { actorId, action: 'glossary.create', entityType: 'glossaryTerm', entityId: term.id, details: data });
      return term;
    }),
  );
}

/** A term deleted meanwhile: the form says so (glossary.termGone). */
export function updateGlossaryTerm(db: Database, actorId: string, id: string, data: GlossaryTermInput): Promise<GlossaryTermView> {
  return save(() =>
    db.$transaction(async (tx) => {
      const before = await tx.glossaryTerm.findUnique({ where: { id }, select: { ko: true, en: true, note: true } });
      if (!before) throw new RefusedError('glossary.termGone', 404);
      const term = await tx.glossaryTerm.update({ where: { id }, data, select: termView });
      await recordAudit(tx, {
        actorId,
        action: 'glossary.update',
        entityType: 'glossaryTerm',
        entityId: id,
        details: { before, after: data },
      });
      return term;
    }),
  );
}

/** False when the term was already gone. */
export async function deleteGlossaryTerm(db: Database, actorId: string, id: string): Promise<boolean> {
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
