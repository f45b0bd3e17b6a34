/**
 * The accessible anti-spam check: find a decimal nonce such that SHA-256 of the UTF-8 string
 * `${salt}:${nonce}` starts with `difficulty` zero bits. No Node imports, so a browser solver can share it.
 */
export const proofNoncePattern = /^\d{1,20}$/u;

export function leadingZeroBits(hash: Uint8Array): number {
  let bits = 0;
  for (const byte of hash) {
    if (byte !== 0) return bits + Math.clz32(byte) - 24;
    bits += 8;
  }
  return bits;
}
