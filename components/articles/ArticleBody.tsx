import { Fragment, type ReactNode } from 'react';
import { ArticlePhoto } from '@/components/articles/ArticlePhoto';
import type { ArticleBody as Body, BodyBlock, BodyInline, BodyMark } from '@/lib/articles/body';
import type { PhotoView } from '@/lib/articles/queries';
import type { Locale } from '@/lib/i18n/locales';

function applyMark(mark: BodyMark, children: ReactNode): ReactNode {
  switch (mark.type) {
    case 'bold':
      return <strong>{children}</strong>;
    case 'italic':
      return <em>{children}</em>;
    case 'link':
      return (
        <a href={mark.attrs.href} rel="noopener nofollow ugc" className="underline underline-offset-2">
          {children}
        </a>
      );
  }
}

function Inline({ content }: { content: readonly BodyInline[] | undefined }) {
  return (content ?? []).map((node, i) =>
    node.type === 'hardBreak' ? (
      <br key={i} />
    ) : (
      <Fragment key={i}>{(node.marks ?? []).reduce<ReactNode>((text, mark) => applyMark(mark, text), node.text)}</Fragment>
    ),
  );
}

type BlockProps = { block: BodyBlock; lead?: ReactNode; photos?: ReadonlyMap<string, PhotoView>; locale?: Locale };

function Block({ block, lead, photos, locale }: BlockProps) {
  switch (block.type) {
    case 'photo': {
      // Detached or deleted since it was placed: the story reads on without it.
      const photo = photos?.get(block.attrs.photoId);
      return photo && locale ? <ArticlePhoto photo={photo} locale={locale} priority={false} /> : null;
    }
    case 'paragraph':
      return (
        <p>
          {lead}
          <Inline content={block.content} />
        </p>
      );
    case 'heading': {
      const Heading = block.attrs.level === 2 ? 'h2' : 'h3';
      return (
        <Heading className="text-xl font-bold">
          <Inline content={block.content} />
        </Heading>
      );
    }
    case 'blockquote':
      return (
        <blockquote className="border-l-4 border-rule pl-4 text-muted">
          {block.content.map((p, i) => (
            <Block key={i} block={p} />
          ))}
        </blockquote>
      );
    case 'bulletList':
    case 'orderedList': {
      const List = block.type === 'bulletList' ? 'ul' : 'ol';
      return (
        <List className={block.type === 'bulletList' ? 'list-disc pl-6' : 'list-decimal pl-6'}>
          {block.content.map((item, i) => (
            <li key={i}>
              {item.content.map((p, j) => (
                <Block key={j} block={p} />
              ))}
            </li>
          ))}
        </List>
      );
    }
  }
}

type Props = { body: Body; lead?: ReactNode; photos: ReadonlyMap<string, PhotoView>; locale: Locale };

/**
 * The one renderer of article bodies; photos are the article's, by id. `lead` (the dateline) opens the first text
 * paragraph, whatever comes before it (a photo placed at the top), or stands as its own when the body has none.
 */
export function ArticleBody({ body, lead, photos, locale }: Props) {
  const leadIndex = body.content.findIndex((block) => block.type === 'paragraph');
  return (
    <div className="space-y-5 text-[1.0625rem] leading-8">
      {leadIndex === -1 && lead ? <p>{lead}</p> : null}
      {body.content.map((block, i) => (
        <Block key={i} block={block} lead={i === leadIndex ? lead : undefined} photos={photos} locale={locale} />
      ))}
    </div>
  );
}
