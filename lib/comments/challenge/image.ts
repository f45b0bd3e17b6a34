import { randomInt } from 'node:crypto';
import sharp from 'sharp';
import { digitStrokes, glyphBox } from './glyphs';

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
