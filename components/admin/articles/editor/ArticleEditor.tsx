'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { createArticleAction, publishChecklistAction, saveArticleAction, workflowAction } from '@/app/(admin)/admin/articles/actions';
import { buttonClassName } from '@/components/shared/FormField';
import { PhotoPicker } from '@/components/media/PhotoPicker';
import { errorsAt, type Failure, type FieldErrors } from '@/lib/actions/result';
import { editorPath } from '@/lib/articles/admin-paths';
import type { EditedText } from '@/lib/articles/edit-schema';
import type { EditorArticle, EditorOptions } from '@/lib/articles/editor-data';
import type { PublishCheck } from '@/lib/articles/publish-checklist';
import type { WorkflowStep } from '@/lib/articles/workflow';
import { articleMessages } from '@/lib/i18n/admin/articles';
import { mediaMessages } from '@/lib/i18n/admin/media';
import type { Locale } from '@/lib/i18n/locales';
import { formatNewsTime } from '@/lib/i18n/time';
import type { LibraryPhoto } from '@/lib/media/library';
import { TagPicker } from '../TagPicker';
import { ArticleFields } from './ArticleFields';
import { ConflictNotice } from './ConflictNotice';
import { contentOf, draftOf, type Draft } from './draft';
import { PublishChecklist, type CheckedStep } from './PublishChecklist';
import { TextColumn } from './TextColumn';
import { TranslationRecord } from './TranslationRecord';
import { WorkflowButtons } from './WorkflowButtons';

const autosaveEveryMs = 10_000;

type Props = {
  locale: Locale;
  article: EditorArticle;
  options: EditorOptions;
  steps: readonly WorkflowStep[];
  readOnly: boolean;
};

/** A publish or schedule waiting for the editor to read its checklist, from the version it was checked at. */
type PendingStep = { step: CheckedStep; publishAt?: string; version: number; checks: PublishCheck[] };

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date; auto: boolean } | { kind: 'failed'; message: string };

/**
 * The bilingual editor: Korean and English side by side (stacked on phones), the article's fields, the translation
 * record, photos and the workflow. Every save names the version it was edited from; a conflict shows the other
 * save's changes and keeps what was typed. Unpublished articles save themselves every 10 seconds when changed.
 */
export function ArticleEditor({ locale, article, options, steps, readOnly }: Props) {
  const t = articleMessages[locale];
  const router = useRouter();
  const [draft, setDraft] = useState(() => draftOf(article));
  const [version, setVersion] = useState(article.version);
  const [lastSaved, setLastSaved] = useState(() => JSON.stringify(contentOf(draftOf(article))));
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<Failure['conflict'] | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingStep | null>(null);
  const busy = useRef(false);
  const [library, setLibrary] = useState<ReadonlyMap<string, LibraryPhoto>>(new Map());

  const content = contentOf(draft);
  const dirty = JSON.stringify(content) !== lastSaved;
  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const updateText = (which: 'ko' | 'en') => (patch: Partial<EditedText>) =>
    setDraft((d) => ({ ...d, [which]: { ...d[which], ...patch } }));
  const updateTranslation = (patch: Partial<Draft['translation']>) =>
    setDraft((d) => ({ ...d, translation: { ...d.translation, ...patch } }));
  const errors = (path: string) => errorsAt(fieldErrors, path);
  const photos = draft.photoIds.map((id) => ({
    id,
    label: library.get(id)?.alt || mediaMessages[locale].untitled,
    thumbnail: library.get(id)?.thumbnail ?? null,
  }));

  function failed(result: Failure) {
    setFieldErrors(result.fieldErrors);
    setConflict(result.conflict ?? null);
    setSaveState({ kind: 'failed', message: result.error });
  }

  /** Saves what is in the form; the version it produced, or null when it did not save. */
  async function save({ auto = false, overVersion }: { auto?: boolean; overVersion?: number } = {}): Promise<number | null> {
    if (busy.current) return null;
    busy.current = true;
    setSaveState({ kind: 'saving' });
    const sent = JSON.stringify(content);
    try {
      const result = article.id
        ? await saveArticleAction({ ...content, slug: draft.slug, articleId: article.id, version: overVersion ?? version })
        : await createArticleAction(content);
      if (!result.ok) {
        failed(result);
        return null;
      }
      setFieldErrors({});
      setConflict(null);
      setVersion(result.data.version);
      setLastSaved(sent);
      setSaveState({ kind: 'saved', at: new Date(), auto });
      if (article.id) router.refresh();
      else router.replace(editorPath(result.data.articleId));
      return result.data.version;
    } finally {
      busy.current = false;
    }
  }

  /** Saves unsaved changes first; publishing and scheduling then show the checklist of the article as saved. */
  async function takeStep(step: WorkflowStep, publishAt?: string) {
    if (!article.id) return;
    const from = dirty ? await save() : version;
    if (from === null) return;
    if (step !== 'publish' && step !== 'schedule') return runStep(step, from);
    if (busy.current) return;
    busy.current = true;
    try {
      const result = await publishChecklistAction({ articleId: article.id });
      if (!result.ok) return failed(result);
      setPending({ step, publishAt, version: from, checks: result.data });
    } finally {
      busy.current = false;
    }
  }

  async function runStep(step: WorkflowStep, from: number, publishAt?: string) {
    if (!article.id || busy.current) return;
    busy.current = true;
    try {
      const result = await workflowAction(
        step === 'schedule'
          ? { step, articleId: article.id, version: from, publishAt: publishAt ?? '' }
          : { step, articleId: article.id, version: from },
      );
      if (!result.ok) return failed(result);
      setFieldErrors({});
      setVersion(result.data.version);
      setDone(t.stepDone[step]);
      router.refresh();
    } finally {
      busy.current = false;
    }
  }

  const autosaves = article.id !== null && !readOnly && (article.status === 'DRAFT' || article.status === 'IN_REVIEW');
  const latest = useRef({ dirty, conflict, save });
  useEffect(() => {
    latest.current = { dirty, conflict, save };
  });
  useEffect(() => {
    if (!autosaves) return;
    const timer = setInterval(() => {
      const { dirty: changed, conflict: blocked, save: saveNow } = latest.current;
      if (changed && !blocked) void saveNow({ auto: true });
    }, autosaveEveryMs);
    return () => clearInterval(timer);
  }, [autosaves]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const status =
    saveState.kind === 'saving'
      ? t.saving
      : saveState.kind === 'saved' && !dirty
        ? (saveState.auto ? t.autosavedAt : t.savedAt)(formatNewsTime(saveState.at, locale))
        : saveState.kind === 'failed'
          ? saveState.message
          : dirty
            ? t.unsaved
            : '';

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      className="flex flex-col gap-8"
    >
      <input type="hidden" name="version" value={version} />
      {readOnly && <p className="rounded border border-rule p-3 text-sm">{t.readOnly}</p>}
      {conflict && (
        <ConflictNotice
          conflict={conflict}
          options={options}
          locale={locale}
          t={t}
          onLoadTheirs={() => window.location.reload()}
          onKeepMine={() => void save({ overVersion: conflict.currentVersion })}
        />
      )}
      <div className="grid gap-8 md:grid-cols-2">
        <TextColumn
          locale="ko"
          legend={t.korean}
          value={draft.ko}
          onChange={updateText('ko')}
          errorsAt={errors}
          readOnly={readOnly}
          photos={photos}
          t={t}
        />
        <TextColumn
          locale="en"
          legend={t.english}
          value={draft.en}
          onChange={updateText('en')}
          errorsAt={errors}
          readOnly={readOnly}
          notice={content.en ? undefined : t.englishEmpty}
          photos={photos}
          t={t}
        />
      </div>
      <TranslationRecord
        value={draft.translation}
        onChange={updateTranslation}
        stale={article.translation.stale}
        staff={options.staff}
        errorsAt={errors}
        readOnly={readOnly}
        locale={locale}
        t={t}
      />
      <ArticleFields draft={draft} onChange={update} options={options} errorsAt={errors} readOnly={readOnly} locale={locale} t={t} />
      <TagPicker
        locale={locale}
        tags={options.tags}
        value={draft.tagIds}
        onChange={(tagIds) => update({ tagIds })}
        errors={errors('tagIds')}
        readOnly={readOnly}
      />
      {!readOnly && (
        <section aria-labelledby="article-photos">
          <h2 id="article-photos" className="mb-2 text-lg font-bold">
            {t.photos}
          </h2>
          <PhotoPicker
            locale={locale}
            value={draft.photoIds}
            onChange={(photoIds) => update({ photoIds })}
            onKnown={setLibrary}
            crops={draft.photoCrops}
            onCropsChange={(photoCrops) => update({ photoCrops })}
          />
        </section>
      )}
      {!readOnly && (
        <div className="sticky bottom-0 flex flex-wrap items-center gap-4 border-t border-rule bg-paper py-3">
          <button type="submit" className={buttonClassName} disabled={saveState.kind === 'saving'}>
            {saveState.kind === 'saving' ? t.saving : t.save}
          </button>
          <p role="status" className="text-sm text-muted">
            {status}
          </p>
          <WorkflowButtons
            steps={steps}
            busy={saveState.kind === 'saving'}
            onStep={(step, at) => void takeStep(step, at)}
            publishAtErrors={errors('publishAt')}
            t={t}
          />
          <p role="status" className="text-sm font-semibold empty:hidden">
            {done ?? ''}
          </p>
        </div>
      )}
      {pending && (
        <PublishChecklist
          step={pending.step}
          checks={pending.checks}
          locale={locale}
          t={t}
          onCancel={() => setPending(null)}
          onConfirm={() => {
            setPending(null);
            void runStep(pending.step, pending.version, pending.publishAt);
          }}
        />
      )}
    </form>
  );
}
