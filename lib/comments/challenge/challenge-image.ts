import sharp from 'sharp';
import { randomInt } from 'node:crypto';

const width = 150;
const height = 50;
const inks = ['#1b2a49', '#3a1c2c', '#17402c', '#2a2a2a', '#46250f'];

/** A uniformly random number in [min, max). */
function between(min: number, max: number): number {
  return min + (randomInt(1_000_000) / 1_000_000) * (max - min);
}
const pick = <T>(items: readonly T[]): T => items[randomInt(items.length)]!;
const fixed = (value: number) => value.toFixed(2);

function digitPath(digit: string, index: number, count: number): string {
  const cell = (width - 16) / count;
  const scale = between(1.8, 2.15);
  const x = 8 + cell * (index + 0.5) + between(-2.5, 2.5);
  const y = height / 2 + between(-3, 3);
  const transform = [
    `translate(${fixed(x)} ${fixed(y)})`,
    `rotate(${fixed(between(-22, 22))})`,
    `scale(${fixed(scale * between(0.88, 1.08))} ${fixed(scale)})`,
    `translate(${-glyphBox.width / 2} ${-glyphBox.height / 2})`,
  ].join(' ');
  const strokeWidth = between(2.3, 3.2) / scale;
  return `<path d="${digitStrokes[Number(digit)]}" transform="${transform}" stroke="${pick(inks)}" stroke-width="${fixed(strokeWidth)}"/>`;
}

/** Thinner curves in the same inks across the digits, so strokes cannot be told from noise by colour. */
function noiseCurve(): string {
  const points = [0, 50, 100, 150].map((x) => `${fixed(x + between(-5, 5))} ${fixed(between(5, height - 5))}`);
  return `<path d="M${points[0]}C${points[1]} ${points[2]} ${points[3]}" stroke="${pick(inks)}" stroke-width="${fixed(between(1, 1.6))}"/>`;
}

function noiseDot(): string {
  return `<circle cx="${fixed(between(0, width))}" cy="${fixed(between(0, height))}" r="${fixed(between(0.6, 1.3))}" fill="${pick(inks)}"/>`;
}

/** The anti-spam number as a PNG: stroked digits, each turned and shifted at random, crossed by noise. */
export async function renderChallengeImage(digits: string): Promise<Buffer> {
  if (!/^\d+$/u.test(digits)) throw new Error('renderChallengeImage: digits only');
  const glyphs = [...digits].map((digit, index) => digitPath(digit, index, digits.length));
  const noise = [...Array.from({ length: 3 }, noiseCurve), ...Array.from({ length: 40 }, noiseDot)];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="${width}" height="${height}" fill="#f6f3ea"/>
<g fill="none" stroke-linecap="round" stroke-linejoin="round">${glyphs.join('')}${noise.join('')}</g>
</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

export async function challengeImageDataUrl(digits: string): Promise<string> {
  return `data:image/png;base64,${(await renderChallengeImage(digits)).toString('base64')}`;
}

/**
 * The ten digits as stroke paths in a 10 × 16 box (y downwards), drawn like handwriting. Paths rather
 * than SVG text: the image needs no font on any machine and carries no text a script could read.
 */
export const digitStrokes: readonly string[] = [
  'M5 1C1.5 1 0.5 4.5 0.5 8S1.5 15 5 15S9.5 11.5 9.5 8S8.5 1 5 1Z',
  'M2 4.5L6 1V15M2.5 15H9.5',
  'M0.8 4.2C1.2 2 3 1 5 1C7.8 1 9.3 2.8 9.3 4.8C9.3 8 5 10.5 0.7 15H9.8',
  'M1 2.6C2.2 1.5 3.6 1 5 1C7.8 1 9 2.8 9 4.4C9 6.4 7.2 7.7 4.6 7.7C7.6 7.7 9.7 9.3 9.7 11.5C9.7 13.8 7.7 15 5 15C3.2 15 1.7 14.4 0.5 13.2',
  'M7.2 15V1L0.5 10.6H9.8',
  'M9 1H2.2L1.3 7.3C2.4 6.5 3.7 6.1 5 6.1C7.9 6.1 9.7 8 9.7 10.5C9.7 13.3 7.6 15 5 15C3.2 15 1.6 14.3 0.6 13.1',
  'M8.6 2.2C7.7 1.4 6.5 1 5.3 1C2.2 1 0.6 4.3 0.6 8.8C0.6 12.8 2.4 15 5.1 15C7.9 15 9.6 13 9.6 10.4C9.6 7.7 7.8 6.1 5.2 6.1C3.1 6.1 1.4 7.3 0.7 9',
  'M0.5 1H9.5C6.8 4.8 5 9.5 4.2 15M2.6 8H7.6',
  'M5 7.6C2.7 7.6 1.3 6.3 1.3 4.3S2.8 1 5 1S8.7 2.3 8.7 4.3S7.3 7.6 5 7.6C2.3 7.6 0.6 9.2 0.6 11.3C0.6 13.6 2.5 15 5 15S9.4 13.6 9.4 11.3C9.4 9.2 7.7 7.6 5 7.6Z',
  'M1.4 13.8C2.3 14.6 3.5 15 4.7 15C7.8 15 9.4 11.7 9.4 7.2C9.4 3.2 7.6 1 4.9 1C2.1 1 0.4 3 0.4 5.6C0.4 8.3 2.2 9.9 4.8 9.9C6.9 9.9 8.6 8.7 9.3 7',
];

export const glyphBox = { width: 10, height: 16 } as const;
