import { inputClassName } from '@/components/shared/FormField';
import { moveItem } from '@/components/media/move-item';
import type { AdminMessages } from '@/lib/i18n/admin-messages';

const smallButton = 'rounded border border-rule px-2 py-1 text-sm disabled:opacity-40';

type Props = {
  idPrefix: string;
  value: string[];
  onChange: (subtitles: string[]) => void;
  errorsAt: (index: number) => string[];
  readOnly: boolean;
  t: AdminMessages['articles'];
};

/** Subtitle bullets, added, removed and reordered with buttons so the keyboard can do it all. */
export function SubtitleList({ idPrefix, value, onChange, errorsAt, readOnly, t }: Props) {
  const set = (index: number, text: string) => onChange(value.map((s, i) => (i === index ? text : s)));
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-semibold">{t.subtitles}</legend>
      <ol className="flex flex-col gap-2">
        {value.map((subtitle, index) => {
          const id = `${idPrefix}-subtitle-${index}`;
          const errors = errorsAt(index);
          const n = index + 1;
          return (
            <li key={index} className="flex flex-col gap-1">
              <div className="flex items-center gap-1">
                <label htmlFor={id} className="sr-only">
                  {t.subtitle(n)}
                </label>
                <input
                  id={id}
                  value={subtitle}
                  onChange={(e) => set(index, e.target.value)}
                  readOnly={readOnly}
                  aria-invalid={errors.length > 0 || undefined}
                  aria-describedby={errors.length > 0 ? `${id}-error` : undefined}
                  className={`${inputClassName} min-w-0 flex-1`}
                />
                {!readOnly && (
                  <>
                    <button
                      type="button"
                      className={smallButton}
                      disabled={index === 0}
                      onClick={() => onChange(moveItem(value, index, index - 1))}
                      aria-label={t.moveSubtitleUp(n)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className={smallButton}
                      disabled={index === value.length - 1}
                      onClick={() => onChange(moveItem(value, index, index + 1))}
                      aria-label={t.moveSubtitleDown(n)}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className={smallButton}
                      onClick={() => onChange(value.filter((_, i) => i !== index))}
                      aria-label={t.removeSubtitle(n)}
                    >
                      ✕
                    </button>
                  </>
                )}
              </div>
              {errors.length > 0 && (
                <p id={`${id}-error`} className="text-sm text-accent">
                  {errors.join(' ')}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <button type="button" className={`${smallButton} self-start`} onClick={() => onChange([...value, ''])}>
          {t.addSubtitle}
        </button>
      )}
    </fieldset>
  );
}
