import '#server-only';
import { randomBytes } from 'node:crypto';
import type { Database } from '@/lib/db/client';
import { hashPassword, verifyPassword } from './password';
import { toBase32 } from './totp';

export const recoveryCodeCount = 10;

/** Ten characters of base32 (50 random bits) in two halves: `k7dq2-m4xva`. Typed in any case, with or without the dash. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: recoveryCodeCount }, () => {
    const code = toBase32(randomBytes(7)).slice(0, 10).toLowerCase();
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  });
}

export function normalizeRecoveryCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toLowerCase();
}

export function looksLikeRecoveryCode(typed: string): boolean {
  return /^[a-z2-7]{10}$/.test(normalizeRecoveryCode(typed));
}

/** The rows to store for a fresh set: argon2id of each code as it is normalised, so a code is checked like a password. */
export async function hashRecoveryCodes(codes: string[]): Promise<{ codeHash: string }[]> {
  return Promise.all(codes.map(async (code) => ({ codeHash: await hashPassword(normalizeRecoveryCode(code)) })));
}

/**
 * Spends one of the staff member's unused codes if `typed` is one: true once, false ever after (two sign-ins
 * racing with the same code: only one marks it). Returns how many remain, or null when it was not a code.
 */
export async function spendRecoveryCode(db: Database, staffId: string, typed: string, now = new Date()): Promise<number | null> {
  if (!looksLikeRecoveryCode(typed)) return null;
  const code = normalizeRecoveryCode(typed);
  const unused = await db.staffRecoveryCode.findMany({ where: { staffId, usedAt: null }, select: { id: true, codeHash: true } });
  for (const candidate of unused) {
    if (!(await verifyPassword(candidate.codeHash, code))) continue;
    const spent = await db.staffRecoveryCode.updateMany({ where: { id: candidate.id, usedAt: null }, data: { usedAt: now } });
    return spent.count === 1 ? unused.length - 1 : null;
  }
  return null;
}

export function countRecoveryCodesLeft(db: Database, staffId: string): Promise<number> {
  return db.staffRecoveryCode.count({ where: { staffId, usedAt: null } });
}
