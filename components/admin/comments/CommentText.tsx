import { useEffect, useId, useRef, useState } from 'react';

type Props = { text: string; lang: string | undefined; muted: boolean; showMore: string; showLess: string };

/**
 * A comment's text clamped to a few lines, with a toggle only when the clamp hides something (measured, so it
 * follows the column's width): a long comment no longer pushes the rest of the queue off the screen.
 */
export function CommentText({ text, lang, muted, showMore, showLess }: Props) {
  const ref = useRef<HTMLParagraphElement>(null);
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const [clipped, setClipped] = useState(false);

  useEffect(() => {
    const paragraph = ref.current;
    if (!paragraph || expanded) return;
    const measure = () => setClipped(paragraph.scrollHeight > paragraph.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(paragraph);
    return () => observer.disconnect();
  }, [expanded, text]);

  return (
    <>
      <p
        ref={ref}
        id={id}
        lang={lang}
        className={`break-words whitespace-pre-wrap ${expanded ? '' : 'line-clamp-4'} ${muted ? 'text-muted' : ''}`}
      >
        {text}
      </p>
      {(clipped || expanded) && (
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={id}
          onClick={() => setExpanded(!expanded)}
          className="text-sm text-ink underline decoration-rule underline-offset-2 hover:decoration-ink"
        >
          {expanded ? showLess : showMore}
        </button>
      )}
    </>
  );
}
