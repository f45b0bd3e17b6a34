'use client';

import { useMemo, useState, useTransition } from 'react';
import { moveItem } from '@/components/media/move-item';
import { buttonClassName, inputClassName } from '@/components/shared/FormField';
import { useHydrated } from '@/components/shared/use-hydrated';
import type { Result } from '@/lib/actions/result';
import type { FrontCandidate, FrontEditorData } from '@/lib/front/editor-data';
import { frontPreviewHref } from '@/lib/front/preview-address';
import { secondaryLimits, type FrontArrangementInput } from '@/lib/front/schema';
import { frontMessages } from '@/lib/i18n/admin/front';
import type { Locale } from '@/lib/i18n/locales';
import { ReorderableList } from './ReorderableList';

type Props = {
  /** The staff member's language. */
  uiLocale: Locale;
  data: FrontEditorData;
  action: (arrangement: FrontArrangementInput) => Promise<Result<{ locale: Locale }>>;
};

const smallButton = 'rounded border border-rule px-2 py-1 text-xs font-semibold hover:bg-rule/40 disabled:opacity-40';

/** One language's front page as the editor arranges it: nothing reaches readers until it is saved. */
export function FrontEditor({ uiLocale, data, action }: Props) {
  const t = frontMessages[uiLocale];
  // Headlines are in the language of the front page being arranged, whatever the newsroom's.
  const frontLocale = data.arrangement.locale;
  const [saved, setSaved] = useState(data.arrangement);
  const [draft, setDraft] = useState(data.arrangement);
  const [filter, setFilter] = useState('');
  const [result, setResult] = useState<Result<{ locale: Locale }> | null>(null);
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();

  const byId = useMemo(() => new Map(data.candidates.map((c) => [c.id, c])), [data.candidates]);
  const sectionName = (id: string | null) => data.sections.find((s) => s.id === id)?.name ?? t.noSection;
  const headline = (id: string) => byId.get(id)?.headline ?? id;
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  const change = (next: Partial<FrontArrangementInput>) => {
    setResult(null);
    setDraft((current) => ({ ...current, ...next }));
  };

  function save(arrangement: FrontArrangementInput) {
    startTransition(async () => {
      const outcome = await action(arrangement);
      setResult(outcome);
      if (outcome.ok) {
        setSaved(arrangement);
        setDraft(arrangement);
      }
    });
  }

  const placed = new Set([draft.lead, ...draft.secondary].filter(Boolean));
  const query = filter.trim().toLowerCase();
  const shown = data.candidates.filter((c) => !query || c.headline.toLowerCase().includes(query));
  const listLabels = { moveUp: t.moveUp, moveDown: t.moveDown, remove: t.remove, position: t.position };

  // Pins keep one flat order; each section's pins move among themselves.
  const pinsBySection = data.sections
    .map((section) => ({ section, pins: draft.pinned.filter((id) => byId.get(id)?.sectionId === section.id) }))
    .filter(({ pins }) => pins.length > 0);
  const movePin = (pins: string[], from: number, to: number) => {
    const order = moveItem(pins, from, to);
    let next = 0;
    change({ pinned: draft.pinned.map((id) => (pins.includes(id) ? order[next++]! : id)) });
  };
  const candidateActions = (c: FrontCandidate) => {
    const pinned = draft.pinned.includes(c.id);
    return (
      <span className="flex flex-wrap gap-1">
        <button
          type="button"
          className={smallButton}
          disabled={draft.lead === c.id}
          aria-label={`${t.makeLead}: ${c.headline}`}
          onClick={() => change({ lead: c.id, secondary: draft.secondary.filter((id) => id !== c.id) })}
        >
          {t.makeLead}
        </button>
        <button
          type="button"
          className={smallButton}
          disabled={placed.has(c.id) || draft.secondary.length >= secondaryLimits.max}
          aria-label={`${t.addSecondary}: ${c.headline}`}
          onClick={() => change({ secondary: [...draft.secondary, c.id] })}
        >
          {t.addSecondary}
        </button>
        <button
          type="button"
          className={smallButton}
          disabled={!c.sectionId}
          aria-pressed={pinned}
          aria-label={`${pinned ? t.unpin : t.pin}: ${c.headline}`}
          onClick={() => change({ pinned: pinned ? draft.pinned.filter((id) => id !== c.id) : [...draft.pinned, c.id] })}
        >
          {pinned ? t.unpin : t.pin}
        </button>
      </span>
    );
  };

  return (
    <div className="mt-6 grid gap-8 lg:grid-cols-2">
      <div className="flex flex-col gap-6">
        <section aria-labelledby="front-lead">
          <h2 id="front-lead" className="text-lg font-bold">
            {t.leadTitle}
          </h2>
          {draft.lead ? (
            <p className="mt-2 flex items-center gap-3 rounded border-2 border-ink p-3">
              <span lang={frontLocale} className="flex-1 text-lg font-bold">
                {headline(draft.lead)}
              </span>
              <button
                type="button"
                className={smallButton}
                aria-label={`${t.remove}: ${headline(draft.lead)}`}
                onClick={() => change({ lead: null })}
              >
                {t.remove}
              </button>
            </p>
          ) : (
            <p className="mt-2 text-sm text-muted">{t.noLead}</p>
          )}
        </section>

        <section aria-labelledby="front-next-lead" className="rounded border border-rule p-3">
          <h2 id="front-next-lead" className="font-bold">
            {t.nextLeadTitle}
          </h2>
          <p className="mt-1 text-xs text-muted">{t.nextLeadHint}</p>
          <div className="mt-3 grid gap-3 sm:grid-cols-2">
            <label className="flex flex-col gap-1 text-sm font-semibold">
              {t.nextLeadArticle}
              <select
                className={inputClassName}
                value={draft.nextLead?.articleId ?? ''}
                onChange={(event) =>
                  change({
                    nextLead: event.target.value ? { articleId: event.target.value, startsAt: draft.nextLead?.startsAt ?? '' } : null,
                  })
                }
              >
                <option value="">{t.noneChosen}</option>
                {data.candidates.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.headline}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex flex-col gap-1 text-sm font-semibold">
              {t.nextLeadTime}
              <input
                type="datetime-local"
                className={inputClassName}
                disabled={!draft.nextLead}
                value={draft.nextLead?.startsAt ?? ''}
                onChange={(event) => draft.nextLead && change({ nextLead: { ...draft.nextLead, startsAt: event.target.value } })}
              />
            </label>
          </div>
        </section>

        <section aria-labelledby="front-secondary">
          <h2 id="front-secondary" className="text-lg font-bold">
            {t.secondaryTitle}
          </h2>
          <p className="mb-2 text-xs text-muted">
            {t.secondaryHint} {t.reorderHint}
          </p>
          {draft.secondary.length === 0 ? (
            <p className="text-sm text-muted">{t.noSecondary}</p>
          ) : (
            <ReorderableList
              label={t.secondaryTitle}
              items={draft.secondary}
              keyOf={(id) => id}
              labelOf={headline}
              lang={frontLocale}
              labels={listLabels}
              onMove={(from, to) => change({ secondary: moveItem(draft.secondary, from, to) })}
              onRemove={(index) => change({ secondary: draft.secondary.filter((_, i) => i !== index) })}
            />
          )}
        </section>

        <section aria-labelledby="front-pinned">
          <h2 id="front-pinned" className="text-lg font-bold">
            {t.pinnedTitle}
          </h2>
          <p className="mb-2 text-xs text-muted">{t.pinnedHint}</p>
          {pinsBySection.length === 0 && <p className="text-sm text-muted">{t.noPinned}</p>}
          {pinsBySection.map(({ section, pins }) => (
            <div key={section.id} className="mb-3">
              <h3 className="mb-1 text-sm font-semibold">{section.name}</h3>
              <ReorderableList
                label={`${t.pinnedTitle}: ${section.name}`}
                items={pins}
                keyOf={(id) => id}
                labelOf={headline}
                lang={frontLocale}
                labels={{ ...listLabels, remove: t.unpin }}
                onMove={(from, to) => movePin(pins, from, to)}
                onRemove={(index) => change({ pinned: draft.pinned.filter((id) => id !== pins[index]) })}
              />
            </div>
          ))}
        </section>

        <div className="flex flex-wrap items-center gap-3 border-t border-rule pt-4">
          <button type="button" className={buttonClassName} disabled={!hydrated || pending} onClick={() => save(draft)}>
            {pending ? t.saving : t.save}
          </button>
          <a href={frontPreviewHref(draft)} target="_blank" rel="noopener" className="font-semibold underline">
            {t.preview}
          </a>
          {draft.nextLead?.startsAt && (
            <a href={frontPreviewHref(draft, draft.nextLead.startsAt)} target="_blank" rel="noopener" className="font-semibold underline">
              {t.previewAt(draft.nextLead.startsAt.replace('T', ' '))}
            </a>
          )}
          <button
            type="button"
            className="font-semibold text-accent hover:underline disabled:opacity-60"
            disabled={!hydrated || pending}
            onClick={() => {
              if (window.confirm(t.confirmReset)) save({ locale: draft.locale, lead: null, nextLead: null, secondary: [], pinned: [] });
            }}
          >
            {t.reset}
          </button>
          <p role="status" className="w-full text-sm font-semibold empty:hidden">
            {result?.ok ? t.saved : dirty ? t.unsaved : ''}
          </p>
          <p role="alert" className="w-full text-sm font-semibold text-accent empty:hidden">
            {result && !result.ok ? [result.error, ...Object.values(result.fieldErrors).flat()].join(' ') : ''}
          </p>
        </div>
      </div>

      <section aria-labelledby="front-candidates">
        <h2 id="front-candidates" className="text-lg font-bold">
          {t.candidatesTitle}
        </h2>
        <label className="mt-2 flex flex-col gap-1 text-sm font-semibold">
          {t.filter}
          <input type="search" className={inputClassName} value={filter} onChange={(event) => setFilter(event.target.value)} />
        </label>
        {shown.length === 0 ? (
          <p className="mt-4 text-sm text-muted">{t.noCandidates}</p>
        ) : (
          <ul aria-label={t.candidatesTitle} className="mt-3 flex max-h-[70vh] flex-col divide-y divide-rule overflow-y-auto">
            {shown.map((c) => (
              <li key={c.id} className="flex flex-col gap-2 py-3">
                <span>
                  <span lang={frontLocale} className="font-semibold">
                    {c.headline}
                  </span>
                  <span className="ml-2 text-xs text-muted">{sectionName(c.sectionId)}</span>
                </span>
                {candidateActions(c)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
