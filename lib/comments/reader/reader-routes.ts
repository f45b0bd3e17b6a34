import '#server-only';
import ipaddr from 'ipaddr.js';
import { voiceOf, type Voice } from '@/lib/actions/failure';
import { getCommentMessages } from '@/lib/i18n/comment-messages';
import { isLocale, locales, sourceLocale, type Locale } from '@/lib/i18n/locales';
import { requestAddress } from '@/lib/security/client-address';
import { bodyTooLarge } from '@/lib/security/request-body';
import { hashClientIp } from './fingerprints';

/**
 * What the reader comment routes (pages/api/articles/[slug]/comments, pages/api/comments) share beyond the contract
 * (lib/actions/define-route.ts): the reader's language and form fields, the size of a form, the answer to a change.
 */

export const freshListsCookie = 'dateline_commented';

/**
 * The answer to a reader who just changed a comment list (posted, deleted, reported), never kept by a browser or a
 * proxy, with a cookie: for a few seconds their own list requests pass the proxy's one-second cache
 * (deploy/nginx.conf), so they see their change at once whatever it holds.
 */
export function listChanged(body: unknown, status = 200): Response {
  const cookie = `${freshListsCookie}=1; Path=/api/articles/; Max-Age=10; HttpOnly; SameSite=Lax`;
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', 'Set-Cookie': cookie } });
}

/** The form has no input for the challenge's id: its problems are shown next to the answer. The page's language is no field. */
const formFieldOf = (path: string) => (path === 'locale' ? null : path === 'challengeId' ? 'answer' : path);

const voiceIn = (locale: Locale) => voiceOf(getCommentMessages(locale).errors, formFieldOf);

/** For what is too large to be read, so the page's language is not known either: each sentence in both, Korean first. */
const everyLanguage: Voice = {
  sentence(code, amount) {
    const texts = locales.map((locale) => voiceIn(locale).sentence(code, amount));
    return texts.every(Boolean) ? texts.join(' ') : undefined;
  },
  field: (code) => voiceIn(sourceLocale).field(code),
};

/** The page's language as what the reader sent names it (the body, or the list's query), so even a refusal is in it; Korean otherwise. */
function readerVoice(sent: unknown): Voice {
  if (sent === bodyTooLarge) return everyLanguage;
  const locale = typeof sent === 'object' && sent !== null && 'locale' in sent ? sent.locale : undefined;
  return voiceIn(typeof locale === 'string' && isLocale(locale) ? locale : sourceLocale);
}

/** What every reader comment route declares: anyone may call it, answered in their page's language; a comment with its fields is a few KB at most. */
export const readerRoute = { access: 'public', voice: readerVoice, maxBodyBytes: 16 * 1024 } as const;

/** The keyed hash standing for the reader's address in limits, bans, reports and stored comments. */
export function readerHash(request: Request): string {
  return hashClientIp(requestAddress(request));
}

/** The keyed hash of the reader's network (/24, /48), which tells reports from one provider's block apart from others. */
export function readerNetworkHash(request: Request): string {
  return hashClientIp(networkOfAddress(requestAddress(request)));
}

/**
 * The network an address is in, as reports tell readers apart: its /24 for IPv4 and its /48 for IPv6, the blocks a
 * provider hands one customer or site, so one reader hopping between addresses of their provider or VPN exit counts
 * once. IPv4 written as IPv6 (`::ffff:…`) is IPv4; anything that is no address (`unknown`) is its own network.
 */
export function networkOfAddress(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed instanceof ipaddr.IPv4) return `${parsed.octets.slice(0, 3).join('.')}.0/24`;
  return `${new ipaddr.IPv6([...parsed.parts.slice(0, 3), 0, 0, 0, 0, 0]).toString()}/48`;
}
