import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { challengeImageDataUrl, renderChallengeImage } from '@/lib/comments/challenge/challenge-image';
import { normalProofDifficulty as proofDifficulty, proofIsValid, solveProof } from '@/lib/comments/challenge/proof-of-work';
import { leadingZeroBits } from '@/lib/comments/challenge/proof-rule';

/** The chunk types of a PNG, in order. */
function pngChunks(png: Buffer): string[] {
  const types: string[] = [];
  for (let at = 8; at < png.length; at += 12 + png.readUInt32BE(at)) types.push(png.toString('latin1', at + 4, at + 8));
  return types;
}

describe('the anti-spam image', () => {
  it('is a small PNG with pixels only: no text chunk or SVG text a script could read', async () => {
    const png = await renderChallengeImage('40917');
    const { format, width, height } = await sharp(png).metadata();
    expect({ format, width, height }).toEqual({ format: 'png', width: 150, height: 50 });
    expect(pngChunks(png).filter((type) => /^[tiz]TXt$/u.test(type))).toEqual([]);
  });

  it('is drawn anew each time, dark on light', async () => {
    const [first, second] = await Promise.all([renderChallengeImage('40917'), renderChallengeImage('40917')]);
    expect(first.equals(second)).toBe(false);
    const grey = await sharp(first).flatten().greyscale().raw().toBuffer();
    const share = (test: (value: number) => boolean) => grey.filter(test).length / grey.length;
    expect(share((value) => value > 200)).toBeGreaterThan(0.6);
    expect(share((value) => value < 110)).toBeGreaterThan(0.05);
  });

  it('comes as a data URL for the form, and refuses anything but digits', async () => {
    expect(await challengeImageDataUrl('12345')).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/u);
    await expect(renderChallengeImage('12<text>')).rejects.toThrow();
  });
});

describe('the proof-of-work alternative', () => {
  it('counts leading zero bits', () => {
    expect(leadingZeroBits(Uint8Array.of(0, 0, 0xff))).toBe(16);
    expect(leadingZeroBits(Uint8Array.of(0, 0x10))).toBe(11);
    expect(leadingZeroBits(Uint8Array.of(0x80))).toBe(0);
    expect(leadingZeroBits(Uint8Array.of(0, 0))).toBe(16);
  });

  it('accepts a nonce whose hash starts with enough zero bits, and only a decimal one', () => {
    const salt = 'a1b2c3d4';
    const nonce = solveProof(salt, proofDifficulty);
    expect(leadingZeroBits(createHash('sha256').update(`${salt}:${nonce}`).digest())).toBeGreaterThanOrEqual(16);
    expect(proofIsValid(salt, proofDifficulty, nonce)).toBe(true);
    expect(proofIsValid('another salt', proofDifficulty, nonce)).toBe(false);
    expect(proofIsValid(salt, proofDifficulty, ` ${nonce}`)).toBe(false);
    expect(proofIsValid(salt, proofDifficulty, '0x1f')).toBe(false);
  });
});
