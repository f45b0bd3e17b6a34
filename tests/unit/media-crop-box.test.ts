import { describe, expect, it } from 'vitest';
import { coverPosition, cropAspectNames, cropAspects, cropBox, cropWidths, focusPosition } from '@/lib/media/crop-box';
import { framedPhoto } from '@/lib/media/framed';

const landscape = { width: 1200, height: 800 };
const portrait = { width: 800, height: 1200 };

describe('cropBox', () => {
  it('keeps the whole height of a landscape photo in a square, centred on a centred focus', () => {
    expect(cropBox(landscape, { x: 0.5, y: 0.5 }, '1x1')).toEqual({ left: 200, top: 0, width: 800, height: 800 });
  });

  it('follows the focus to the left and right edges without leaving the photo', () => {
    expect(cropBox(landscape, { x: 0, y: 0.5 }, '1x1')).toEqual({ left: 0, top: 0, width: 800, height: 800 });
    expect(cropBox(landscape, { x: 1, y: 0.5 }, '1x1')).toEqual({ left: 400, top: 0, width: 800, height: 800 });
    expect(cropBox(landscape, { x: 0.2, y: 0.5 }, '1x1')).toEqual({ left: 0, top: 0, width: 800, height: 800 });
    expect(cropBox(landscape, { x: 0.6, y: 0.5 }, '1x1')).toEqual({ left: 320, top: 0, width: 800, height: 800 });
  });

  it('keeps a face near the top of a portrait photo in a 16:9 lead', () => {
    expect(cropBox(portrait, { x: 0.5, y: 0.1 }, '16x9')).toEqual({ left: 0, top: 0, width: 800, height: 450 });
    expect(cropBox(portrait, { x: 0.5, y: 0.5 }, '16x9')).toEqual({ left: 0, top: 375, width: 800, height: 450 });
    expect(cropBox(portrait, { x: 0.5, y: 1 }, '16x9')).toEqual({ left: 0, top: 750, width: 800, height: 450 });
  });

  it('gives the aspect asked for and never reaches outside the image, whatever the size and focus', () => {
    const sizes = [
      landscape,
      portrait,
      { width: 1920, height: 1080 },
      { width: 1, height: 1 },
      { width: 3, height: 2000 },
      { width: 2560, height: 7 },
    ];
    const fractions = [0, 0.001, 0.25, 0.5, 0.999, 1];
    for (const size of sizes) {
      for (const aspect of cropAspectNames) {
        for (const x of fractions) {
          for (const y of fractions) {
            const box = cropBox(size, { x, y }, aspect);
            const where = `${size.width}×${size.height} ${aspect} (${x}, ${y})`;
            expect(box.left, where).toBeGreaterThanOrEqual(0);
            expect(box.top, where).toBeGreaterThanOrEqual(0);
            expect(box.width, where).toBeGreaterThanOrEqual(1);
            expect(box.height, where).toBeGreaterThanOrEqual(1);
            expect(box.left + box.width, where).toBeLessThanOrEqual(size.width);
            expect(box.top + box.height, where).toBeLessThanOrEqual(size.height);
            expect(Number.isInteger(box.left + box.top + box.width + box.height), where).toBe(true);
            if (size.width >= 100 && size.height >= 100) {
              const [across, down] = cropAspects[aspect];
              expect(box.width / box.height, where).toBeCloseTo(across / down, 1);
              // The largest such box: it spans the photo's whole width or whole height.
              expect(box.width === size.width || box.height === size.height, where).toBe(true);
            }
          }
        }
      }
    }
  });
});

describe('focusPosition', () => {
  it('places the focus inside the crop box, for places whose shape differs a little', () => {
    expect(focusPosition(landscape, { x: 0.25, y: 0.75 })).toBe('25% 75%');
    expect(focusPosition(landscape, { x: 0.5, y: 0.5 }, { left: 200, top: 0, width: 800, height: 800 })).toBe('50% 50%');
    expect(focusPosition(landscape, { x: 0.1, y: 0.5 }, { left: 0, top: 0, width: 800, height: 800 })).toBe('15% 50%');
  });
});

describe('cropWidths', () => {
  it('never makes copies wider than the crop box', () => {
    expect(cropWidths({ width: 1600, height: 900 }, '16x9')).toEqual([800, 1200, 1600]);
    expect(cropWidths({ width: 1000, height: 750 }, '4x3')).toEqual([320, 640]);
    expect(cropWidths({ width: 120, height: 120 }, '1x1')).toEqual([120]);
  });
});

describe('framedPhoto', () => {
  const photo = { storageKey: 'photos/abc.jpg', width: 1200, height: 800, variantWidths: [480, 800, 1200] };

  it('shows the whole photo, cropped by the browser at the centre, until a focus is set', () => {
    expect(framedPhoto({ ...photo, focus: null }, '1x1')).toMatchObject({
      src: '/media/photos/abc.jpg',
      width: 1200,
      height: 800,
      position: '50% 50%',
    });
  });

  it('addresses the copies cut around the focus, named by it', () => {
    const framed = framedPhoto({ ...photo, focus: { x: 0.25, y: 0.5 } }, '1x1');
    expect(framed).toMatchObject({ src: '/media/photos/abc-1x1-f250-500-320.webp', width: 320, height: 320 });
    expect(framed.sources.map((source) => source.srcSet)).toEqual([
      '/media/photos/abc-1x1-f250-500-160.avif 160w, /media/photos/abc-1x1-f250-500-320.avif 320w',
      '/media/photos/abc-1x1-f250-500-160.webp 160w, /media/photos/abc-1x1-f250-500-320.webp 320w',
    ]);
  });
});

describe('coverPosition', () => {
  it('shows exactly the crop box when the browser covers a place of its shape', () => {
    expect(coverPosition(landscape, cropBox(landscape, { x: 0, y: 0.5 }, '1x1'))).toBe('0% 50%');
    expect(coverPosition(landscape, cropBox(landscape, { x: 0.6, y: 0.5 }, '1x1'))).toBe('80% 50%');
    expect(coverPosition(portrait, cropBox(portrait, { x: 0.5, y: 1 }, '16x9'))).toBe('50% 100%');
  });
});
