import { linkify } from './linkify';

/** A comment's text as text: its line breaks kept, its web addresses linked, any markup shown as typed. */
export function CommentText({ content, lang }: { content: string; lang?: string }) {
  return (
    <p lang={lang} className="mt-1 whitespace-pre-line break-words leading-relaxed">
      {linkify(content).map((part, i) =>
        part.kind === 'link' ? (
          <a key={i} href={part.href} rel="nofollow ugc noopener" className="break-all underline underline-offset-2">
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}
