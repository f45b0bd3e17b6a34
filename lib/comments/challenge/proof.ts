import { createHash } from 'node:crypto';
import { leadingZeroBits, proofNoncePattern } from './proof-rule';

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
