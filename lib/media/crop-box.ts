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

/** A rectangle an editor drew on the photo for one use, as fractions of its width and height. */
export type CropRect = { x: number; y: number; w: number; h: number };
/** An article's own rectangles for some of the shapes; a shape without one is cut around the photo's focus. */
export type ArticlePhotoCrops = Partial<Record<CropAspect, CropRect>>;

/** How a shape's copies are cut: around the photo's focus, or from a rectangle drawn for one article. */
export type Framing = { focus: Focus } | { rect: CropRect };

/** The smallest box an editor can draw, as a share of the largest box of the shape: smaller would only be blurred. */
export const smallestCropShare = 0.1;

/**
 * The drawn rectangle made into a box of the shape: as wide as drawn (between a tenth of the largest box of the shape
 * and that box), centred where the rectangle was, and pushed back inside the image. In whole pixels, so a box names
 * its copies.
 */
export function rectBox(image: Size, rect: CropRect, aspect: CropAspect): CropBox {
  const [across, down] = cropAspects[aspect];
  const largest = cropBox(image, centreFocus, aspect);
  const smallest = Math.max(1, Math.round(largest.width * smallestCropShare));
  const width = Math.max(smallest, Math.min(largest.width, Math.round(rect.w * image.width)));
  const height = Math.max(1, Math.min(image.height, Math.round((width * down) / across)));
  const centre = { x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 };
  return { left: place(centre.x, width, image.width), top: place(centre.y, height, image.height), width, height };
}

/** The box a framing cuts for the shape. */
export function framingBox(image: Size, framing: Framing, aspect: CropAspect): CropBox {
  return 'rect' in framing ? rectBox(image, framing.rect, aspect) : cropBox(image, framing.focus, aspect);
}

/** The box as fractions of the image, for drawing it on a preview of any size. */
export function boxRect(image: Size, box: CropBox): CropRect {
  return { x: box.left / image.width, y: box.top / image.height, w: box.width / image.width, h: box.height / image.height };
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
