import type { FieldErrorCode } from '@/lib/i18n/admin-messages';

/** For a schema's check: its message is the code of the text shown beside the field (admin-messages `fieldErrors`). */
export const withCode = (code: FieldErrorCode) => ({ error: code });
