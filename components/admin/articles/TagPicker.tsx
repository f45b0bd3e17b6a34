'use client';

import { useId, useState, useTransition, type KeyboardEvent } from 'react';
import { addTagAction } from '@/app/(admin)/admin/tags/actions';
import { InputField } from '@/components/shared/FormField';
import { errorsAt, type FieldErrors } from '@/lib/actions/result';
import { tagMessages } from '@/lib/i18n/admin/tags';
import type { Locale } from '@/lib/i18n/locales';
import type { TagOption } from '@/lib/tags/schema';

const smallButton = 'rounded border border-rule px-2 py-1 text-sm disabled:opacity-40';

type Props = {
  locale: Locale;
  /** Every tag there is; a tag made here joins them. */
  tags: readonly TagOption[];
  value: readonly string[];
  onChange: (tagIds: string[]) => void;
  /** The save's errors for `tagIds`. */
  errors: readonly string[];
  readOnly: boolean;
};

const folded = (text: string) => text.normalize('NFC').trim().toLowerCase();

/**
 * The article's tags in order: a name typed is matched against every tag's Korean and English name; a name no tag
 * has becomes a new tag (its English name and address may be given, or are made on the server). Inside the editor's
 * form, so it has no form of its own: Enter adds instead of saving the article.
 */
export function TagPicker({ locale, tags, value, onChange, errors, readOnly }: Props) {
  const t = tagMessages[locale];
  const id = useId();
  const [known, setKnown] = useState<readonly TagOption[]>(tags);
  const [typed, setTyped] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [slug, setSlug] = useState('');
  const [createErrors, setCreateErrors] = useState<FieldErrors>({});
  const [creating, startCreating] = useTransition();

  const byId = new Map(known.map((tag) => [tag.id, tag]));
  const name = (tag: TagOption) => (locale === 'ko' ? tag.nameKo : `${tag.nameEn} (${tag.nameKo})`);
  const wanted = folded(typed);
  const match = wanted ? known.find((tag) => folded(tag.nameKo) === wanted || folded(tag.nameEn) === wanted) : undefined;
  const isNew = wanted !== '' && !match;

  function reset() {
    setTyped('');
    setNameEn('');
    setSlug('');
    setCreateErrors({});
  }

  function pick(tag: TagOption) {
    if (!value.includes(tag.id)) onChange([...value, tag.id]);
    reset();
  }

  function create() {
    startCreating(async () => {
      const result = await addTagAction({ nameKo: typed, nameEn, slug });
      if (!result.ok) {
        setCreateErrors({ ...result.fieldErrors, ...(Object.keys(result.fieldErrors).length === 0 && { nameKo: [result.error] }) });
        return;
      }
      setKnown((all) => [...all, result.data]);
      pick(result.data);
    });
  }

  function onEnter(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (match) pick(match);
    else if (isNew) create();
  }

  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-3">
      <h2 id={`${id}-title`} className="text-lg font-bold">
        {t.picker}
      </h2>
      {value.length === 0 ? (
        <p className="text-sm text-muted">{t.noTags}</p>
      ) : (
        <ul aria-labelledby={`${id}-title`} className="flex flex-wrap gap-2">
          {value.map((tagId) => {
            const tag = byId.get(tagId);
            const label = tag ? name(tag) : tagId;
            return (
              <li key={tagId} className="flex items-center gap-1 rounded-full border border-rule py-0.5 pr-1 pl-3 text-sm">
                <span>{label}</span>
                {!readOnly && (
                  <button
                    type="button"
                    className="rounded-full px-1.5 hover:bg-rule"
                    aria-label={t.remove(label)}
                    onClick={() => onChange(value.filter((other) => other !== tagId))}
                  >
                    ✕
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {errors.length > 0 && <p className="text-sm text-accent">{errors.join(' ')}</p>}
      {!readOnly && (
        <div className="flex flex-col gap-3">
          <div className="flex items-end gap-2">
            <div className="flex-1">
              <InputField
                id={`${id}-name`}
                label={t.pickerInput}
                hint={t.pickerHint}
                errors={errorsAt(createErrors, 'nameKo')}
                value={typed}
                list={`${id}-options`}
                autoComplete="off"
                onChange={(event) => {
                  setTyped(event.target.value);
                  setCreateErrors({});
                }}
                onKeyDown={onEnter}
              />
            </div>
            {match && (
              <button type="button" className={`${smallButton} mb-6`} onClick={() => pick(match)}>
                {t.pick}
              </button>
            )}
          </div>
          <datalist id={`${id}-options`}>
            {known
              .filter((tag) => !value.includes(tag.id))
              .map((tag) => (
                <option key={tag.id} value={tag.nameKo}>
                  {tag.nameEn}
                </option>
              ))}
          </datalist>
          {isNew && (
            <div className="flex flex-col gap-3 rounded border border-rule p-3">
              <p className="text-sm">{t.newTag(typed.trim())}</p>
              <div className="grid gap-3 sm:grid-cols-2">
                <InputField
                  id={`${id}-en`}
                  label={t.nameEn}
                  hint={t.nameEnHint}
                  errors={errorsAt(createErrors, 'nameEn')}
                  lang="en"
                  value={nameEn}
                  onChange={(e) => setNameEn(e.target.value)}
                />
                <InputField
                  id={`${id}-slug`}
                  label={t.slug}
                  hint={t.slugHint}
                  errors={errorsAt(createErrors, 'slug')}
                  value={slug}
                  onChange={(e) => setSlug(e.target.value)}
                />
              </div>
              <button type="button" className={`${smallButton} self-start`} disabled={creating} onClick={create}>
                {creating ? t.creating : t.create}
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
