// Pure, with no sharp or zod, so reader components and the newsroom's focus picker can use it as the server does.

/** The shapes photos are shown in besides their own: the front page's lead, and thumbnails. */
export const cropAspects = { '16x9': [16, 9], '4x3': [4, 3], '1x1': [1, 1] } as const satisfies Record<string, readonly [number, number]>;
export type CropAspect = keyof typeof cropAspects;
export const cropAspectNames = Object.keys(cropAspects) as CropAspect[];

/** Where the subject is, as fractions of the photo's width and height (0 left or top, 1 right or bottom). */
export type Focus = { x: number; y: number };
export const centreFocus: Focus = { x: 0.5, y: 0.5 };

export type Size = { width: number; height: number };
export type CropBox = { left: number; top: number; width: number; height: number };

/** Along one side: a span `size` long, centred on the focus where it can be, else pushed back inside. */
function place(focusAt: number, size: number, full: number): number {
  return Math.min(full - size, Math.max(0, Math.round(focusAt * full - size / 2)));
}

/**
 * The largest part of the image in the aspect, centred on the focus as far as the edges allow, so a face near an
 * edge stays in the frame without the box ever reaching outside the image. In whole pixels.
 */
export function cropBox(image: Size, focus: Focus, aspect: CropAspect): CropBox {
  const [across, down] = cropAspects[aspect];
  const width = Math.max(1, Math.min(image.width, Math.round((image.height * across) / down)));
  const height = Math.max(1, Math.min(image.height, Math.round((width * down) / across)));
  return { left: place(focus.x, width, image.width), top: place(focus.y, height, image.height), width, height };
}

/** The focus inside the box, as CSS `object-position` percentages, for a place whose shape differs a little from the box's. */
export function focusPosition(image: Size, focus: Focus, box: CropBox = { left: 0, top: 0, ...image }): string {
  const percent = (at: number, start: number, size: number) => Math.round(Math.min(1, Math.max(0, (at - start) / size)) * 1000) / 10;
  return `${percent(focus.x * image.width, box.left, box.width)}% ${percent(focus.y * image.height, box.top, box.height)}%`;
}

/** Widths of each shape's copies: what its places need on phones and wide screens, never wider than the box. */
const cropLadders: Record<CropAspect, number[]> = { '16x9': [800, 1200, 1600], '4x3': [320, 640, 1200], '1x1': [160, 320] };

export function cropWidths(box: Size, aspect: CropAspect): number[] {
  const fitting = cropLadders[aspect].filter((width) => width <= box.width);
  return fitting.length > 0 ? fitting : [box.width];
}

/** The `object-position` with which `object-fit: cover` shows exactly the box, in a place of the box's shape. */
export function coverPosition(image: Size, box: CropBox): string {
  const percent = (start: number, size: number, full: number) => (full > size ? Math.round((start / (full - size)) * 1000) / 10 : 50);
  return `${percent(box.left, box.width, image.width)}% ${percent(box.top, box.height, image.height)}%`;
}
