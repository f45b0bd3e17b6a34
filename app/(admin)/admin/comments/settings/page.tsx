import type { Metadata } from 'next';
import Link from 'next/link';
import { BannedWordForm } from '@/components/admin/comments/BannedWordForm';
import { ConfirmActionButton } from '@/components/admin/ConfirmActionButton';
import { SiteSettingsForm } from '@/components/admin/comments/SiteSettingsForm';
import { getAdminMessagesForRequest } from '@/lib/admin/locale';
import { requireStaff } from '@/lib/auth/session';
import { listBannedWords } from '@/lib/comments/moderation/word-list';
import { listActiveBans } from '@/lib/comments/moderation/commenter-bans';
import { commentsPath, shortHash } from '@/lib/comments/moderation/queue-href';
import { getCommentSettings } from '@/lib/comments/reader/comment-rules';
import { getDatabase } from '@/lib/runtime/database';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import { localName } from '@/lib/i18n/local-name';
import { formatNewsTime } from '@/lib/i18n/time';
import { addBannedWordAction, liftBanAction, removeBannedWordAction, saveCommentSettings } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminMessagesForRequest()).comments.settingsTitle };
}

const cell = 'py-1.5 pr-4';

export default async function CommentSettingsPage() {
  const staff = await requireStaff('comment.moderate');
  const locale = staff.uiLocale;
  const t = getAdminMessages(locale).comments;
  const db = getDatabase();
  const [settings, words, bans] = await Promise.all([getCommentSettings(db), listBannedWords(db), listActiveBans(db)]);
  const banLabel = (ban: (typeof bans)[number]) => (ban.kind === 'IP_HASH' ? `IP ${shortHash(ban.value)}` : ban.value);

  return (
    <>
      <div className="mb-6 flex items-baseline justify-between gap-4">
        <h1 className="text-2xl font-bold">{t.settingsTitle}</h1>
        <Link href={commentsPath} className="font-semibold text-accent hover:underline">
          {t.backToQueue}
        </Link>
      </div>

      <section className="rounded border border-rule p-4">
        <SiteSettingsForm locale={locale} settings={settings} save={saveCommentSettings} />
      </section>

      <section aria-labelledby="words-title" className="mt-8">
        <h2 id="words-title" className="text-lg font-bold">
          {t.wordsTitle}
        </h2>
        <p className="mt-1 mb-3 text-sm text-muted">{t.wordsLead}</p>
        <BannedWordForm locale={locale} add={addBannedWordAction} />
        <table className="mt-4 w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t.wordsCaption}</caption>
          <thead className="border-b-2 border-ink">
            <tr>
              <th scope="col" className={cell}>
                {t.term}
              </th>
              <th scope="col" className={cell}>
                {t.level}
              </th>
              <th scope="col" className={cell}>
                {t.addedBy}
              </th>
              <th scope="col" className="py-1.5">
                <span className="sr-only">{getAdminMessages(locale).actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {words.length === 0 && (
              <tr>
                <td colSpan={4} className="py-3 text-muted">
                  {t.noWords}
                </td>
              </tr>
            )}
            {words.map((word) => (
              <tr key={word.id} className="border-b border-rule">
                <th scope="row" className={`${cell} font-semibold`}>
                  {word.term}
                </th>
                <td className={cell}>
                  <span className={word.level === 'BANNED' ? 'font-semibold text-accent' : ''}>{t.levels[word.level]}</span>
                </td>
                <td className={`${cell} text-muted`}>
                  {word.createdBy ? localName(word.createdBy, locale) : '—'} ·{' '}
                  <time dateTime={word.createdAt.toISOString()}>{formatNewsTime(word.createdAt, locale)}</time>
                </td>
                <td className="py-1.5 text-right">
                  <ConfirmActionButton id={word.id} confirmation={t.confirmRemoveWord(word.term)} action={removeBannedWordAction}>
                    {t.remove}
                    <span className="sr-only"> {word.term}</span>
                  </ConfirmActionButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="bans-title" className="mt-8">
        <h2 id="bans-title" className="text-lg font-bold">
          {t.bansTitle}
        </h2>
        {bans.length === 0 ? (
          <p className="mt-2 text-sm text-muted">{t.noBans}</p>
        ) : (
          <table className="mt-2 w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t.bansCaption}</caption>
            <thead className="border-b-2 border-ink">
              <tr>
                <th scope="col" className={cell}>
                  {t.banValue}
                </th>
                <th scope="col" className={cell}>
                  {t.banReason}
                </th>
                <th scope="col" className={cell}>
                  {t.banUntil}
                </th>
                <th scope="col" className={cell}>
                  {t.bannedBy}
                </th>
                <th scope="col" className="py-1.5">
                  <span className="sr-only">{getAdminMessages(locale).actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {bans.map((ban) => (
                <tr key={ban.id} className="border-b border-rule align-top">
                  <th scope="row" className={`${cell} font-semibold`}>
                    <span className="block text-xs font-normal text-muted">{t.banKinds[ban.kind]}</span>
                    <span className={ban.kind === 'IP_HASH' ? 'font-mono' : ''}>
                      {ban.kind === 'IP_HASH' ? shortHash(ban.value) : ban.value}
                    </span>
                  </th>
                  <td className={cell}>{ban.reason ?? t.noReason}</td>
                  <td className={`${cell} whitespace-nowrap`}>
                    {ban.expiresAt ? (
                      <time dateTime={ban.expiresAt.toISOString()}>{formatNewsTime(ban.expiresAt, locale)}</time>
                    ) : (
                      t.untilLifted
                    )}
                  </td>
                  <td className={`${cell} text-muted`}>
                    {ban.createdBy ? localName(ban.createdBy, locale) : '—'} ·{' '}
                    <time dateTime={ban.createdAt.toISOString()}>{formatNewsTime(ban.createdAt, locale)}</time>
                  </td>
                  <td className="py-1.5 text-right">
                    <ConfirmActionButton id={ban.id} confirmation={t.confirmLift(banLabel(ban))} action={liftBanAction}>
                      {t.lift}
                      <span className="sr-only"> {banLabel(ban)}</span>
                    </ConfirmActionButton>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
