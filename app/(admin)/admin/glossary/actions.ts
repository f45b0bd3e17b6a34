'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { glossaryChanged, glossaryPath } from '@/lib/translation/after-change';
import { createGlossaryTerm, deleteGlossaryTerm, glossaryTermInputSchema, updateGlossaryTerm } from '@/lib/translation/glossary';

export const addGlossaryTerm = defineAction({
  input: glossaryTermInputSchema,
  access: 'glossary.manage',
  handler: ({ input, staff, db }) => createGlossaryTerm(db, staff.id, input),
  after: glossaryChanged,
});

export const editGlossaryTerm = defineAction({
  input: glossaryTermInputSchema.extend({ id: z.uuid() }),
  access: 'glossary.manage',
  handler: ({ input: { id, ...term }, staff, db }) => updateGlossaryTerm(db, staff.id, id, term),
  after: () => {
    glossaryChanged();
    redirect(glossaryPath);
  },
});

export const removeGlossaryTerm = defineAction({
  input: z.object({ id: z.uuid() }),
  access: 'glossary.manage',
  handler: ({ input, staff, db }) => deleteGlossaryTerm(db, staff.id, input.id),
  after: glossaryChanged,
});
