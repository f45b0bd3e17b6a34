import { createHash } from 'node:crypto';
import type { ReaderLimits } from '../reader/reader-limits';
import { leadingZeroBits, proofNoncePattern } from './proof-rule';

/**
 * How hard the automatic check is. Normally 16 bits: about 65,000 SHA-256 tries on average, which Web Crypto does in
 * about a second in Chromium on a 2-core server and in 2–4 s on a mid-range phone (a quarter to half that speed); one
 * reader in ten waits 2.3 times the average. A script with native SHA-256 solves it in a quarter second, and no
 * difficulty a phone can bear changes that: so proof comments have a tight allowance of their own and are held while
 * proofs are solved site-wide faster than readers who cannot see the image explain, and the check gets harder only
 * then, one bit (twice the work) per doubling of that rate, up to sixteen times the work.
 */
export const normalProofDifficulty = 16;

/** Proofs solved per minute, site-wide, from which the site counts as under load. */
export const proofsPerMinuteUnderLoad = 20;

const maxExtraBits = 4;

export function proofDifficultyAt(solvedThisMinute: number): number {
  if (solvedThisMinute < proofsPerMinuteUnderLoad) return normalProofDifficulty;
  const doublings = Math.floor(Math.log2(solvedThisMinute / proofsPerMinuteUnderLoad));
  return normalProofDifficulty + Math.min(maxExtraBits, 1 + doublings);
}

/** The one key of the site-wide count. */
const site = 'site';

export async function proofsSolvedThisMinute(limits: ReaderLimits): Promise<number> {
  return (await limits.proofsSolvedSiteWide.get(site))?.consumedPoints ?? 0;
}

/** Counts a proof solved; how many have been this minute, this one included. */
export async function countSolvedProof(limits: ReaderLimits): Promise<number> {
  return (await limits.proofsSolvedSiteWide.penalty(site, 1)).consumedPoints;
}

function proofHash(salt: string, nonce: string): Uint8Array {
  return createHash('sha256').update(`${salt}:${nonce}`, 'utf8').digest();
}

export function proofIsValid(salt: string, difficulty: number, nonce: string): boolean {
  return proofNoncePattern.test(nonce) && leadingZeroBits(proofHash(salt, nonce)) >= difficulty;
}

/** What a reader's browser does (about 65,000 hashes at difficulty 16); used by tests and the benchmark. */
export function solveProof(salt: string, difficulty: number): string {
  for (let nonce = 0; ; nonce++) {
    if (proofIsValid(salt, difficulty, String(nonce))) return String(nonce);
  }
}
