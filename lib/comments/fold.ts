import { createHash } from 'node:crypto';

/** One spelling for what readers type in many: NFC (NFD Korean from some Macs), lower case, no spaces. */
export function foldNickname(nickname: string): string {
  return nickname.normalize('NFC').toLowerCase().replace(/\s+/gu, '');
}

/** Same words, same hash: spacing and case changes do not make a repeated comment new. */
export function contentHash(content: string): string {
  const folded = content.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
  return createHash('sha256').update(folded).digest('hex');
}
