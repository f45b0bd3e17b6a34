import type { Database } from '@/lib/db/client';

/** The reference article's place names: its machine translation renders 상주시 both as Changzhou and as Sangju. */
export const seedGlossary = [
  { ko: '상주시', en: 'Changzhou', note: '중국 장쑤성 창저우(常州). 경북 상주시(Sangju)가 아님.' },
  { ko: '남양주시', en: 'Namyangju', note: null },
];

/** Adds the terms that are missing; terms staff have edited since are left alone. */
export async function seedGlossaryTerms(db: Database): Promise<void> {
  for (const term of seedGlossary) {
    await db.glossaryTerm.upsert({ where: { ko: term.ko }, update: {}, create: term });
  }
}
