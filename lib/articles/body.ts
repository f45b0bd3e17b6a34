import { z } from 'zod';
import { staffText } from '@/lib/security/text';

/**
 * Article bodies are ProseMirror documents (the JSON a TipTap editor produces), restricted to the
 * nodes and marks a news story needs. Nothing is stored as HTML: pages render these nodes with
 * React, which escapes all text, and links are limited to safe protocols here.
 */

const safeHref = z
  .string()
  .trim()
  .max(2048)
  .refine((href) => {
    try {
      return ['http:', 'https:', 'mailto:'].includes(new URL(href).protocol);
    } catch {
      return false;
    }
  }, 'Links must be http, https or mailto addresses');

const markSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('italic') }),
  z.object({ type: z.literal('link'), attrs: z.object({ href: safeHref }) }),
]);

const textSchema = z.object({
  type: z.literal('text'),
  text: staffText().min(1),
  marks: z.array(markSchema).optional(),
});

const inlineSchema = z.discriminatedUnion('type', [textSchema, z.object({ type: z.literal('hardBreak') })]);

const paragraphSchema = z.object({
  type: z.literal('paragraph'),
  content: z.array(inlineSchema).optional(),
});

const listItemSchema = z.object({ type: z.literal('listItem'), content: z.array(paragraphSchema).min(1) });

/** One of the article's attached photos, placed between blocks; strict, so no markup rides along. */
const photoSchema = z.strictObject({ type: z.literal('photo'), attrs: z.strictObject({ photoId: z.uuid() }) });

const blockSchema = z.discriminatedUnion('type', [
  paragraphSchema,
  photoSchema,
  z.object({
    type: z.literal('heading'),
    attrs: z.object({ level: z.union([z.literal(2), z.literal(3)]) }),
    content: z.array(inlineSchema).optional(),
  }),
  z.object({ type: z.literal('blockquote'), content: z.array(paragraphSchema).min(1) }),
  z.object({ type: z.literal('bulletList'), content: z.array(listItemSchema).min(1) }),
  z.object({ type: z.literal('orderedList'), content: z.array(listItemSchema).min(1) }),
]);

export const articleBodySchema = z.object({
  type: z.literal('doc'),
  content: z.array(blockSchema).min(1, 'The body needs at least one paragraph'),
});

export type ArticleBody = z.infer<typeof articleBodySchema>;
export type BodyBlock = ArticleBody['content'][number];
export type BodyParagraph = z.infer<typeof paragraphSchema>;
export type BodyInline = z.infer<typeof inlineSchema>;
export type BodyMark = z.infer<typeof markSchema>;
type BodyPhoto = z.infer<typeof photoSchema>;
type BodyTextBlock = Exclude<BodyBlock, BodyPhoto>;

const isText = (block: BodyBlock): block is BodyTextBlock => block.type !== 'photo';

/** The ids of the photos placed in the body, in order. */
export function bodyPhotoIds(body: ArticleBody): string[] {
  return body.content.flatMap((block) => (block.type === 'photo' ? [block.attrs.photoId] : []));
}

/** A body of plain paragraphs, as wire copy and older articles arrive. */
export function bodyFromParagraphs(paragraphs: readonly string[]): ArticleBody {
  return {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  };
}

function inlineText(content: readonly BodyInline[] | undefined): string {
  return (content ?? []).map((node) => (node.type === 'text' ? node.text : '\n')).join('');
}

function blockText(block: BodyTextBlock): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(block.content);
    case 'blockquote':
      return block.content.map((p) => inlineText(p.content)).join('\n');
    case 'bulletList':
    case 'orderedList':
      return block.content.flatMap((item) => item.content.map((p) => inlineText(p.content))).join('\n');
  }
}

/** The body as plain text, one block per paragraph (photos left out): for descriptions, search and diffs. */
export function bodyToPlainText(body: ArticleBody): string {
  return body.content.filter(isText).map(blockText).join('\n\n');
}
