import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { solveProofOfWork } from '@/components/comments/proof-of-work';
import { proofIsValid } from '@/lib/comments/challenge/proof-of-work';

const zeroBitsOf = (salt: string, nonce: number) => {
  const hash = createHash('sha256').update(`${salt}:${nonce}`, 'utf8').digest();
  return Math.clz32(hash.readUInt32BE(0));
};

describe("the browser's accessible anti-spam check (Web Crypto, here Node's)", () => {
  it('finds a nonce the server accepts', async () => {
    const salt = 'c0ffee0123456789';
    const nonce = await solveProofOfWork(salt, 16);
    expect(nonce).toMatch(/^\d+$/u);
    expect(proofIsValid(salt, 16, nonce)).toBe(true);
  });

  it('returns the first such nonce, whatever the batch size, with Korean in the salt too', async () => {
    const salt = '남양주-salt';
    const first = await solveProofOfWork(salt, 8, { batchSize: 1 });
    expect(await solveProofOfWork(salt, 8, { batchSize: 500 })).toBe(first);
    expect(zeroBitsOf(salt, Number(first))).toBeGreaterThanOrEqual(8);
    for (let nonce = 0; nonce < Number(first); nonce++) expect(zeroBitsOf(salt, nonce)).toBeLessThan(8);
  });

  it('reports progress after each batch and stops when aborted', async () => {
    const controller = new AbortController();
    const progress: number[] = [];
    const solving = solveProofOfWork('never', 64, {
      batchSize: 10,
      signal: controller.signal,
      onProgress: (tried) => {
        progress.push(tried);
        if (tried >= 30) controller.abort();
      },
    });
    await expect(solving).rejects.toThrow();
    expect(progress).toEqual([10, 20, 30]);
  });
});
