import type { z } from 'zod';
import { can } from '@/lib/auth/permissions';
import { getStaffSession, type StaffSession } from '@/lib/auth/session';
import { getAdminMessages, type AdminMessages } from '@/lib/i18n/admin-messages';
import { sourceLocale } from '@/lib/i18n/locales';
import { bodyTooLarge, readJsonAtMost } from '@/lib/security/request-body';
import { isSameOrigin } from '@/lib/security/same-origin';
import { fieldErrorsOf, fieldErrorTexts } from '@/lib/staff/field-errors';

export type Moderator = { staff: StaffSession; t: AdminMessages };

export const jsonFailure = (status: number, error: string, fieldErrors?: Record<string, string[]>) => Response.json({ error, fieldErrors }, { status });

/**
 * The moderation routes' gate, in JSON: a fetch would follow a redirect to the sign-in page and read it as a
 * 200. Signed out: 401; a role that may not moderate, or a change sent from another site: 403.
 */
export async function moderatorOf(request: Request): Promise<Moderator | Response> {
  const staff = await getStaffSession();
  const t = getAdminMessages(staff?.uiLocale ?? sourceLocale);
  if (!staff) return jsonFailure(401, t.comments.signedOut);
  if (!can(staff.role, 'comment.moderate')) return jsonFailure(403, t.actionErrors.forbidden);
  if (request.method !== 'GET' && !isSameOrigin(request)) return jsonFailure(403, t.comments.crossSite);
  return { staff, t };
}

/** A full batch of ids with a note, or of banned nicknames with a reason, is a few tens of KB. */
const maxBodyBytes = 64 * 1024;

/**
 * The JSON body, checked: 413 when it is far larger than any form sends, 400 with the messages by field (in the
 * moderator's language) when it does not fit.
 */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S, t: AdminMessages): Promise<z.output<S> | Response> {
  const body = await readJsonAtMost(request, maxBodyBytes);
  if (body === bodyTooLarge) return jsonFailure(413, t.actionErrors.tooLarge);
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const byField = fieldErrorsOf<string>(parsed.error);
  const fieldErrors = Object.fromEntries(Object.entries(byField).map(([field, codes]) => [field, fieldErrorTexts(codes, t)]));
  return jsonFailure(400, t.actionErrors.invalid, fieldErrors);
}
