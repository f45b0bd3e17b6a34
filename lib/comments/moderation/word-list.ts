import '#server-only';
import { recordAudit } from '@/lib/audit/record';
import type { StaffSession } from '@/lib/auth/session';
import type { Database } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import type { BannedWordLevel } from '@/lib/db/generated/enums';
import { InvalidInputError } from '@/lib/errors';
import type { BannedWordInput } from './moderation-schema';

type Staff = Pick<StaffSession, 'id'>;

export type BannedWordView = {
  id: string;
  term: string;
  level: BannedWordLevel;
  createdAt: Date;
  createdBy: { nameKo: string; nameEn: string } | null;
};

const wordSelect = { id: true, term: true, level: true, createdAt: true, createdBy: { select: { nameKo: true, nameEn: true } } } as const;

/** Banned words first, then suspect ones, each alphabetically. */
export function listBannedWords(db: Database): Promise<BannedWordView[]> {
  return db.bannedWord.findMany({ orderBy: [{ level: 'asc' }, { term: 'asc' }], select: wordSelect });
}

/** Adds a word (the schema has composed, trimmed and lower-cased it); one already on the list is a field error. */
export async function addBannedWord(db: Database, staff: Staff, input: BannedWordInput): Promise<BannedWordView> {
  try {
    return await db.$transaction(async (tx) => {
      const word = await tx.bannedWord.create({ data: { ...input, createdById: staff.id }, select: wordSelect });
      await recordAudit(tx, { actorId: staff.id, action: 'comment.wordAdd', entityType: 'bannedWord', entityId: word.id, details: input });
      return word;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      throw new InvalidInputError({ term: ['bannedWordTaken'] });
    throw error;
  }
}

/** False when the word was already gone. */
export function removeBannedWord(db: Database, staff: Staff, id: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const word = await tx.bannedWord.findUnique({ where: { id }, select: { term: true, level: true } });
    if (!word) return false;
    await tx.bannedWord.delete({ where: { id } });
    await recordAudit(tx, { actorId: staff.id, action: 'comment.wordRemove', entityType: 'bannedWord', entityId: id, details: word });
    return true;
  });
}
