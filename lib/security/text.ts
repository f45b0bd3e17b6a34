import { z } from 'zod';
import type { FieldErrorCode } from '@/lib/i18n/admin-messages';

/** PostgreSQL's text holds no NUL, and UTF-8 no lone surrogate (half of an emoji's pair): text with either cannot be stored. */
export function isStorableText(text: string): boolean {
  return text.isWellFormed() && !text.includes('\u0000');
}

/**
 * Text staff type, as it is kept: composed (NFC; some systems send Korean as separate jamo, which looks the same
 * but neither matches nor is found by search), and refused with a field error when it cannot be stored.
 */
export const staffText = () =>
  z
    .string()
    .normalize('NFC')
    .refine(isStorableText, { error: 'invalidCharacters' satisfies FieldErrorCode });

/** A search term or filter: composed, without what could never be stored, so could never match. */
export function searchableText(text: string): string {
  return text.normalize('NFC').replaceAll('\u0000', '').toWellFormed();
}
