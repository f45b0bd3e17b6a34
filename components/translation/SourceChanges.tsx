import type { ReactNode } from 'react';
import type { AdminMessages } from '@/lib/i18n/admin-messages';
import type { Locale } from '@/lib/i18n/locales';
import type { ParagraphChange, SourceTextChanges, WordChange } from '@/lib/translation/changed-paragraphs';
import { placeName } from '@/lib/translation/check-messages';
import type { TextPlace } from '@/lib/translation/text-sections';

type Messages = AdminMessages['translationChecks'];

const insClassName = 'bg-green-100 text-green-950 dark:bg-green-950 dark:text-green-50';
const delClassName = 'bg-red-100 text-red-950 dark:bg-red-950 dark:text-red-50';

// Screen readers do not announce <ins> and <del> by themselves, so each says where it starts and ends.
function Inserted({ text, t }: { text: string; t: Messages }) {
  return (
    <ins className={insClassName}>
      <span className="sr-only">{`[${t.insertionStart}] `}</span>
      {text}
      <span className="sr-only">{` [${t.insertionEnd}]`}</span>
    </ins>
  );
}

function Deleted({ text, t }: { text: string; t: Messages }) {
  return (
    <del className={delClassName}>
      <span className="sr-only">{`[${t.deletionStart}] `}</span>
      {text}
      <span className="sr-only">{` [${t.deletionEnd}]`}</span>
    </del>
  );
}

function Words({ words, t }: { words: readonly WordChange[]; t: Messages }) {
  return words.map((word, i) =>
    word.kind === 'same' ? (
      word.text
    ) : word.kind === 'added' ? (
      <Inserted key={i} text={word.text} t={t} />
    ) : (
      <Deleted key={i} text={word.text} t={t} />
    ),
  );
}

function Change({
  place,
  kind,
  locale,
  t,
  children,
}: {
  place: TextPlace;
  kind: ParagraphChange['kind'];
  locale: Locale;
  t: Messages;
  children: ReactNode;
}) {
  return (
    <li className="rounded border border-rule p-3">
      <p className="text-xs font-semibold text-muted">{`${placeName(place, locale)} · ${t.changeKinds[kind]}`}</p>
      <p lang="ko" className="mt-1 leading-7">
        {children}
      </p>
    </li>
  );
}

function ItemChange({ change, part, locale, t }: { change: ParagraphChange; part: 'subtitle' | 'paragraph'; locale: Locale; t: Messages }) {
  if (change.kind === 'removed') {
    return (
      <Change place={{ part, index: change.oldIndex }} kind="removed" locale={locale} t={t}>
        <Deleted text={change.text} t={t} />
      </Change>
    );
  }
  return (
    <Change place={{ part, index: change.index }} kind={change.kind} locale={locale} t={t}>
      {change.kind === 'added' ? <Inserted text={change.text} t={t} /> : <Words words={change.words} t={t} />}
    </Change>
  );
}

/** The Korean edits a stale translation has not caught up with, in reading order. */
export function SourceChanges({ changes, locale, t }: { changes: SourceTextChanges; locale: Locale; t: Messages }) {
  const key = (change: ParagraphChange) => `${change.kind}-${change.kind === 'removed' ? change.oldIndex : change.index}`;
  return (
    <ol className="mt-3 flex flex-col gap-3">
      {changes.headline && (
        <Change place={{ part: 'headline' }} kind="changed" locale={locale} t={t}>
          <Words words={changes.headline} t={t} />
        </Change>
      )}
      {changes.subtitles.map((change) => (
        <ItemChange key={`subtitle-${key(change)}`} change={change} part="subtitle" locale={locale} t={t} />
      ))}
      {changes.paragraphs.map((change) => (
        <ItemChange key={`paragraph-${key(change)}`} change={change} part="paragraph" locale={locale} t={t} />
      ))}
    </ol>
  );
}
