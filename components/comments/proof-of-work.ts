import { leadingZeroBits } from '@/lib/comments/challenge/proof-rule';

/** Web Crypto's digest exists only on secure pages (https, or localhost). */
export function canSolveProofOfWork(): boolean {
  return typeof crypto !== 'undefined' && typeof crypto.subtle?.digest === 'function';
}

type SolveOptions = {
  /** Hashes computed at once before yielding: the page stays responsive between batches. */
  batchSize?: number;
  signal?: AbortSignal;
  /** Called after each batch with the number of nonces tried so far. */
  onProgress?: (tried: number) => void;
};

/**
 * The accessible anti-spam check in the browser: the first decimal nonce for which SHA-256 of
 * `${salt}:${nonce}` starts with `difficulty` zero bits (the rule in lib/comments/challenge/proof-rule.ts;
 * about 2^difficulty tries, the server checks one hash). Web Crypto only: no hashing library on the page.
 */
export async function solveProofOfWork(salt: string, difficulty: number, options: SolveOptions = {}): Promise<string> {
  const { batchSize = 256, signal, onProgress } = options;
  const encoder = new TextEncoder();
  for (let start = 0; ; start += batchSize) {
    signal?.throwIfAborted();
    const nonces = Array.from({ length: batchSize }, (_, i) => start + i);
    const hashes = await Promise.all(nonces.map((nonce) => crypto.subtle.digest('SHA-256', encoder.encode(`${salt}:${nonce}`))));
    const found = hashes.findIndex((hash) => leadingZeroBits(new Uint8Array(hash)) >= difficulty);
    if (found >= 0) return String(start + found);
    onProgress?.(start + batchSize);
  }
}
