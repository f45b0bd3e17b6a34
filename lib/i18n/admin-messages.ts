import type { Locale } from './locales';
import { accountMessages, type AccountMessages } from './admin/account';
import { apiKeysMessages, type ApiKeysMessages } from './admin/api-keys';
import { adsMessages, type AdsMessages } from './admin/ads';
import { articleMessages, type ArticleMessages } from './admin/articles';
import { auditMessages, type AuditMessages } from './admin/audit';
import { moderationMessages, type ModerationMessages } from './admin/comments';
import { commonMessages, type CommonMessages } from './admin/common';
import { errorMessages, type ErrorMessages } from './admin/errors';
import { frontMessages, type FrontMessages } from './admin/front';
import { breakingMessages, type BreakingMessages } from './admin/breaking';
import { glossaryMessages, type GlossaryMessages } from './admin/glossary';
import { mediaMessages, type MediaMessages } from './admin/media';
import { signInMessages, type SignInMessages } from './admin/sign-in';
import { staffMessages, type StaffMessages } from './admin/staff';
import { tagMessages, type TagMessages } from './admin/tags';
import { translationCheckMessages, type TranslationCheckMessages } from './admin/translation-checks';
import { viewMessages, type ViewMessages } from './admin/views';
import { webhookMessages, type WebhookMessages } from './admin/webhooks';

/**
 * Every newsroom message in one language, for server code (pages, actions, lib/): the areas of
 * lib/i18n/admin/, each written there in Korean and English with one type derived from the Korean.
 * Client components import only their area's file (eslint keeps components/ from importing this
 * table, which carries every area in both languages).
 */
export type AdminMessages = CommonMessages &
  SignInMessages &
  AccountMessages &
  StaffMessages &
  AuditMessages &
  ErrorMessages & {
    readonly media: MediaMessages;
    readonly glossary: GlossaryMessages;
    readonly breaking: BreakingMessages;
    readonly apiKeys: ApiKeysMessages;
    readonly ads: AdsMessages;
    readonly comments: ModerationMessages;
    readonly translationChecks: TranslationCheckMessages;
    readonly articles: ArticleMessages;
    readonly front: FrontMessages;
    readonly tags: TagMessages;
    readonly views: ViewMessages;
    readonly webhooks: WebhookMessages;
  };
export type FieldErrorCode = keyof AdminMessages['fieldErrors'];

function messagesIn(locale: Locale): AdminMessages {
  return {
    ...commonMessages[locale],
    ...signInMessages[locale],
    ...accountMessages[locale],
    ...staffMessages[locale],
    ...auditMessages[locale],
    media: mediaMessages[locale],
    glossary: glossaryMessages[locale],
    breaking: breakingMessages[locale],
    apiKeys: apiKeysMessages[locale],
    ads: adsMessages[locale],
    comments: moderationMessages[locale],
    translationChecks: translationCheckMessages[locale],
    articles: articleMessages[locale],
    front: frontMessages[locale],
    tags: tagMessages[locale],
    views: viewMessages[locale],
    webhooks: webhookMessages[locale],
    ...errorMessages[locale],
  };
}

const adminMessages: Record<Locale, AdminMessages> = { ko: messagesIn('ko'), en: messagesIn('en') };

export function getAdminMessages(locale: Locale): AdminMessages {
  return adminMessages[locale];
}
