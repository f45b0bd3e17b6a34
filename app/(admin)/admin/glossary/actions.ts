'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { requireStaff } from '@/lib/auth/session';
import { getDatabase } from '@/lib/runtime/database';
import { createGlossaryTerm, deleteGlossaryTerm, updateGlossaryTerm, type GlossarySaveResult } from '@/lib/translation/glossary';
import { emptyGlossaryValues, glossaryFormValues, type GlossaryFormState, type GlossaryFormValues } from '@/lib/translation/glossary-form';

const glossaryPath = '/admin/glossary';

function failed(values: GlossaryFormValues, result: Extract<GlossarySaveResult, { ok: false }>): GlossaryFormState {
  return result.error === 'notFound'
    ? { values, fieldErrors: {}, notice: { kind: 'termGone' } }
    : { values, fieldErrors: result.fieldErrors, notice: null };
}

export async function addGlossaryTerm(_: GlossaryFormState, formData: FormData): Promise<GlossaryFormState> {
  const staff = await requireStaff('glossary.manage');
  const values = glossaryFormValues(formData);
  const result = await createGlossaryTerm(getDatabase(), staff.id, values);
  if (!result.ok) return failed(values, result);
  revalidatePath(glossaryPath);
  return { values: emptyGlossaryValues, fieldErrors: {}, notice: { kind: 'added', ko: result.term.ko } };
}

export async function editGlossaryTerm(id: string, _: GlossaryFormState, formData: FormData): Promise<GlossaryFormState> {
  const staff = await requireStaff('glossary.manage');
  const values = glossaryFormValues(formData);
  const result = await updateGlossaryTerm(getDatabase(), staff.id, id, values);
  if (!result.ok) return failed(values, result);
  revalidatePath(glossaryPath);
  redirect(glossaryPath);
}

export async function removeGlossaryTerm(formData: FormData): Promise<void> {
  const staff = await requireStaff('glossary.manage');
  const id = formData.get('id');
  await deleteGlossaryTerm(getDatabase(), staff.id, typeof id === 'string' ? id : '');
  revalidatePath(glossaryPath);
}
