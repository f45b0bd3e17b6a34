import { describe, expect, it } from 'vitest';
import { boxRect, cropAspectNames, cropAspects, framingBox, rectBox } from '@/lib/media/crop-box';
import { framedPhoto } from '@/lib/media/framed';
import { articlePhotoCropsSchema } from '@/lib/media/schema';

const landscape = { width: 1200, height: 800 };
const portrait = { width: 800, height: 1200 };

describe('rectBox', () => {
  it('keeps a rectangle drawn in the shape as it is, in pixels', () => {
    expect(rectBox(landscape, { x: 0.25, y: 0.25, w: 0.5, h: 0.75 }, '1x1')).toEqual({ left: 300, top: 200, width: 600, height: 600 });
  });

  it('locks the shape: a rectangle of another shape keeps its width and centre, the height follows', () => {
    // Drawn 600 × 200 around (600, 400): as 4:3 it is 600 × 450 around the same centre.
    expect(rectBox(landscape, { x: 0.25, y: 0.375, w: 0.5, h: 0.25 }, '4x3')).toEqual({ left: 300, top: 175, width: 600, height: 450 });
  });

  it('narrows a rectangle too wide for the shape to fit the photo: at most the largest box of the shape', () => {
    expect(rectBox(landscape, { x: 0, y: 0, w: 1, h: 1 }, '1x1')).toEqual({ left: 200, top: 0, width: 800, height: 800 });
    expect(rectBox(portrait, { x: 0, y: 0, w: 1, h: 0.1 }, '16x9')).toEqual({ left: 0, top: 0, width: 800, height: 450 });
  });

  it('pushes a rectangle reaching past an edge back inside the photo', () => {
    expect(rectBox(landscape, { x: 0.9, y: 0.9, w: 0.4, h: 0.6 }, '4x3')).toEqual({ left: 720, top: 440, width: 480, height: 360 });
    expect(rectBox(portrait, { x: 0, y: 0, w: 0.5, h: 0.01 }, '16x9')).toEqual({ left: 0, top: 0, width: 400, height: 225 });
  });

  it('makes no box smaller than a tenth of the largest of its shape, whatever the rectangle', () => {
    for (const aspect of cropAspectNames) {
      const box = rectBox(landscape, { x: 1, y: 1, w: 0.0001, h: 0.0001 }, aspect);
      expect(box.width).toBe(Math.round(rectBox(landscape, { x: 0, y: 0, w: 1, h: 1 }, aspect).width / 10));
      expect(box.left + box.width).toBeLessThanOrEqual(landscape.width);
      expect(box.top + box.height).toBeLessThanOrEqual(landscape.height);
      const [across, down] = cropAspects[aspect];
      expect(Math.abs(box.width / box.height - across / down)).toBeLessThan(0.05);
    }
  });

  it('is what framingBox cuts for a rectangle, and boxRect gives the box back as fractions', () => {
    const rect = { x: 0.25, y: 0.25, w: 0.5, h: 0.75 };
    const box = framingBox(landscape, { rect }, '1x1');
    expect(box).toEqual(rectBox(landscape, rect, '1x1'));
    expect(boxRect(landscape, box)).toEqual(rect);
  });
});

describe('framedPhoto with an article’s crop', () => {
  const photo = { storageKey: 'photos/abc.jpg', width: 1200, height: 800, variantWidths: [480, 800, 1200], focus: { x: 0.25, y: 0.5 } };

  it('addresses copies named by the box for the shape cropped, and the focus-based ones for the others', () => {
    const crops = { '1x1': { x: 0.5, y: 0, w: 0.5, h: 0.75 } };
    const square = framedPhoto({ ...photo, crops }, '1x1');
    expect(square).toMatchObject({ src: '/media/photos/abc-1x1-c600-0-600x600-320.webp', width: 320, height: 320, position: '50% 50%' });
    expect(square.sources[0]!.srcSet).toBe(
      '/media/photos/abc-1x1-c600-0-600x600-160.avif 160w, /media/photos/abc-1x1-c600-0-600x600-320.avif 320w',
    );
    expect(framedPhoto({ ...photo, crops }, '4x3').src).toBe('/media/photos/abc-4x3-f250-500-640.webp');
  });

  it('uses the crop even when the photo has no focus', () => {
    expect(framedPhoto({ ...photo, focus: null, crops: { '16x9': { x: 0, y: 0, w: 0.5, h: 0.5 } } }, '16x9').src).toBe(
      '/media/photos/abc-16x9-c0-31-600x338-600.webp',
    );
  });
});

describe('articlePhotoCropsSchema', () => {
  it('takes fractions for known shapes only', () => {
    expect(articlePhotoCropsSchema.safeParse({ '4x3': { x: 0.1, y: 0.2, w: 0.5, h: 0.5 } }).success).toBe(true);
    expect(articlePhotoCropsSchema.safeParse({}).success).toBe(true);
    expect(articlePhotoCropsSchema.safeParse({ '4x3': { x: -0.1, y: 0, w: 0.5, h: 0.5 } }).success).toBe(false);
    expect(articlePhotoCropsSchema.safeParse({ '4x3': { x: 0, y: 0, w: 0, h: 0.5 } }).success).toBe(false);
    expect(articlePhotoCropsSchema.safeParse({ '3x2': { x: 0, y: 0, w: 0.5, h: 0.5 } }).success).toBe(false);
  });
});
