import '#server-only';
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import type { Database } from '@/lib/db/client';
import { RefusedError } from '@/lib/errors';
import { isStorableText } from '@/lib/security/text';

/**
 * Content API keys: 32 random bytes, so a plain SHA-256 of the key is all the database needs to recognise one
 * (no salt or slow hash: nothing to guess at that entropy). The key is shown once, when it is made; the list shows
 * its first characters only.
 */

const keyTag = 'dlk_';
const prefixLength = keyTag.length + 8;

/** Requests a key may make per minute: what the form allows, and what it offers first. */
export const requestsPerMinuteRange = { min: 1, max: 6000, default: 120 } as const;
const { min, max } = requestsPerMinuteRange;

export const apiKeyInputSchema = z.object({
  name: z
    .string({ error: 'required' })
    .transform((name) => name.normalize('NFC').trim())
    .pipe(z.string().min(1, { error: 'required' }).max(80, { error: 'tooLong' }).refine(isStorableText, { error: 'invalidCharacters' })),
  requestsPerMinute: z.coerce
    .number({ error: 'invalid' })
    .int({ error: 'invalid' })
    .min(min, { error: 'invalid' })
    .max(max, { error: 'invalid' }),
});

export type ApiKeyInput = z.output<typeof apiKeyInputSchema>;
export type ApiKeyView = { id: string; name: string; prefix: string; requestsPerMinute: number; createdAt: Date; revokedAt: Date | null };
/** What the admin sees once: the key itself, never stored. */
export type NewApiKey = ApiKeyView & { key: string };
/** What a request's key stands for, once recognised. */
export type ApiKeyHolder = { id: string; requestsPerMinute: number };

const keyView = { id: true, name: true, prefix: true, requestsPerMinute: true, createdAt: true, revokedAt: true } as const;

export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');

export function listApiKeys(db: Database): Promise<ApiKeyView[]> {
  return db.contentApiKey.findMany({ select: keyView, orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }] });
}

export async function createApiKey(db: Database, actorId: string, input: ApiKeyInput): Promise<NewApiKey> {
  const key = `${keyTag}${randomBytes(32).toString('base64url')}`;
  const made = await db.$transaction(async (tx) => {
    const row = await tx.contentApiKey.create({
      data: { ...input, keyHash: hashApiKey(key), prefix: key.slice(0, prefixLength) },
      select: keyView,
    });
    await recordAudit(tx, { actorId, action: 'apiKey.create', entityType: 'contentApiKey', entityId: row.id, details: { name: row.name } });
    return row;
  });
  return { ...made, key };
}

/** A key revoked already, or gone, is refused with a sentence (apiKeys.keyGone). */
export async function revokeApiKey(db: Database, actorId: string, id: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.contentApiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) throw new RefusedError('apiKeys.keyGone', 404);
    const { name } = await tx.contentApiKey.findUniqueOrThrow({ where: { id }, select: { name: true } });
    await recordAudit(tx, { actorId, action: 'apiKey.revoke', entityType: 'contentApiKey', entityId: id, details: { name } });
    return true;
  });
}

/** The key in `Authorization: Bearer <key>`, or null when there is none. */
export function presentedKey(request: Request): string | null {
  const match = /^Bearer\s+(\S+)\s*$/iu.exec(request.headers.get('authorization') ?? '');
  return match?.[1] ?? null;
}

/** The live key a request presents: 401 (apiKeyMissing, apiKeyInvalid) when there is none. */
export async function authenticateApiKey(db: Database, request: Request): Promise<ApiKeyHolder> {
  const key = presentedKey(request);
  if (!key) throw new RefusedError('apiKeyMissing', 401);
  const holder = await db.contentApiKey.findFirst({
    where: { keyHash: hashApiKey(key), revokedAt: null },
    select: { id: true, requestsPerMinute: true },
  });
  if (!holder) throw new RefusedError('apiKeyInvalid', 401);
  return holder;
}
