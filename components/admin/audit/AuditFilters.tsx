import Link from 'next/link';
import { buttonClassName, inputClassName } from '@/components/shared/FormField';
import { auditActions, auditAreas } from '@/lib/audit/actions';
import { auditPath, type AuditFilterProblem, type AuditParams } from '@/lib/audit/audit-filter';
import { auditMessages } from '@/lib/i18n/admin/audit';
import type { Locale } from '@/lib/i18n/locales';
import { localName } from '@/lib/i18n/local-name';

type Props = {
  params: AuditParams;
  actors: { id: string; nameKo: string; nameEn: string }[];
  problems: AuditFilterProblem[];
  locale: Locale;
};

const fieldClass = `${inputClassName} py-1 text-sm`;
const labelClass = 'flex flex-col gap-0.5 text-xs';

/** A plain GET form: a filtered log can be bookmarked and shared. What was wrong with the address is said above it. */
export function AuditFilters({ params, actors, problems, locale }: Props) {
  const t = auditMessages[locale];
  const filtered = Object.values(params).some(Boolean);
  return (
    <>
      {problems.length > 0 && (
        <div role="alert" className="mb-4 rounded border border-accent p-3 text-sm">
          <ul className="list-inside list-disc font-semibold">
            {problems.map((problem) => (
              <li key={problem}>{t.auditFilterErrors[problem]}</li>
            ))}
          </ul>
          {problems.some((problem) => problem !== 'before') && <p className="mt-1 text-muted">{t.auditFilterIgnored}</p>}
        </div>
      )}
      <form role="search" aria-label={t.auditFiltersLabel} action={auditPath} className="mb-6 flex flex-wrap items-end gap-2">
        <label className={labelClass}>
          <span className="font-semibold">{t.auditFilterWho}</span>
          <select name="who" defaultValue={params.who ?? ''} className={fieldClass}>
            <option value="">{t.auditAnyone}</option>
            <option value="system">{t.auditSystem}</option>
            {actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {localName(actor, locale)}
              </option>
            ))}
          </select>
        </label>
        <label className={labelClass}>
          <span className="font-semibold">{t.auditFilterWhat}</span>
          <select name="what" defaultValue={params.what ?? ''} className={fieldClass}>
            <option value="">{t.auditAnything}</option>
            {auditAreas.map((area) => (
              <optgroup key={area} label={t.auditAreas[area]}>
                <option value={area}>{t.auditAreaAll(t.auditAreas[area])}</option>
                {auditActions
                  .filter((action) => action.startsWith(`${area}.`))
                  .map((action) => (
                    <option key={action} value={action}>
                      {t.auditActionNames[action]}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label className={labelClass}>
          <span className="font-semibold">{t.auditFilterFrom}</span>
          <input type="date" name="from" defaultValue={params.from ?? ''} className={`${fieldClass} w-36`} />
        </label>
        <label className={labelClass}>
          <span className="font-semibold">{t.auditFilterTo}</span>
          <input type="date" name="to" defaultValue={params.to ?? ''} className={`${fieldClass} w-36`} />
        </label>
        <button type="submit" className={`${buttonClassName} py-1 text-sm`}>
          {t.auditApply}
        </button>
        {filtered && (
          <Link href={auditPath} className="py-1 text-sm font-semibold hover:underline">
            {t.auditClear}
          </Link>
        )}
      </form>
    </>
  );
}
