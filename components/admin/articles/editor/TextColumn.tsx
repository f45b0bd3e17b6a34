import { InputField } from '@/components/shared/FormField';
import type { EditedText } from '@/lib/articles/edit-schema';
import type { AdminMessages } from '@/lib/i18n/admin-messages';
import type { Locale } from '@/lib/i18n/locales';
import { BodyEditor } from './BodyEditor';
import type { AttachedPhoto } from './PhotoNode';
import { SubtitleList } from './SubtitleList';

type Props = {
  locale: Locale;
  legend: string;
  value: EditedText;
  /** Gets only what changed: the body editor keeps the handler it was made with, so it must not carry the whole text. */
  onChange: (patch: Partial<EditedText>) => void;
  errorsAt: (path: string) => string[];
  readOnly: boolean;
  notice?: string;
  photos: readonly AttachedPhoto[];
  t: AdminMessages['articles'];
};

/** One language's fields: headline, subtitle bullets, dateline, body. Its `lang` lets spelling and screen readers follow. */
export function TextColumn({ locale, legend, value, onChange, errorsAt, readOnly, notice, photos, t }: Props) {
  const set = <K extends keyof EditedText>(key: K, field: EditedText[K]) => onChange({ [key]: field });
  const id = (field: string) => `${locale}-${field}`;
  const bodyErrors = errorsAt(`${locale}.body`);
  return (
    <fieldset lang={locale} className="flex min-w-0 flex-col gap-4">
      <legend className="mb-2 text-lg font-bold">{legend}</legend>
      {notice && <p className="rounded border border-rule p-2 text-sm text-muted">{notice}</p>}
      <InputField
        id={id('headline')}
        label={t.headline}
        errors={errorsAt(`${locale}.headline`)}
        value={value.headline}
        readOnly={readOnly}
        onChange={(e) => set('headline', e.target.value)}
        className="text-lg font-bold"
      />
      <SubtitleList
        idPrefix={locale}
        value={value.subtitles}
        onChange={(subtitles) => set('subtitles', subtitles)}
        errorsAt={(index) => errorsAt(`${locale}.subtitles.${index}`)}
        readOnly={readOnly}
        t={t}
      />
      <div className="grid grid-cols-2 gap-3">
        <InputField
          id={id('city')}
          label={t.datelineCity}
          errors={errorsAt(`${locale}.datelineCity`)}
          value={value.datelineCity}
          readOnly={readOnly}
          onChange={(e) => set('datelineCity', e.target.value)}
        />
        <InputField
          id={id('outlet')}
          label={t.datelineOutlet}
          errors={errorsAt(`${locale}.datelineOutlet`)}
          value={value.datelineOutlet}
          readOnly={readOnly}
          onChange={(e) => set('datelineOutlet', e.target.value)}
        />
      </div>
      <div className="flex flex-col gap-1">
        <span id={id('body-label')} className="text-sm font-semibold">
          {t.body}
        </span>
        <BodyEditor
          id={id('body')}
          labelId={id('body-label')}
          describedBy={bodyErrors.length > 0 ? id('body-error') : undefined}
          value={value.body}
          onChange={(body) => set('body', body)}
          readOnly={readOnly}
          photos={photos}
          t={t}
        />
        {bodyErrors.length > 0 && (
          <p id={id('body-error')} className="text-sm text-accent">
            {bodyErrors.join(' ')}
          </p>
        )}
      </div>
    </fieldset>
  );
}
