import type { FrontArrangementInput } from './schema';

export const frontPreviewPath = '/admin/front/preview';

const list = (value: string | string[] | undefined) => (typeof value === 'string' && value ? value.split(',') : []);
const single = (value: string | string[] | undefined) => (typeof value === 'string' && value ? value : null);

/** The preview of an arrangement not saved yet, at `at` (a Korea-time input value) or now: the arrangement travels in the address. */
export function frontPreviewHref({ locale, lead, nextLead, secondary, pinned }: FrontArrangementInput, at?: string): string {
  const params = new URLSearchParams({ locale });
  if (lead) params.set('lead', lead);
  if (nextLead?.articleId && nextLead.startsAt) {
    params.set('next', nextLead.articleId);
    params.set('from', nextLead.startsAt);
  }
  if (secondary.length > 0) params.set('secondary', secondary.join(','));
  if (pinned.length > 0) params.set('pinned', pinned.join(','));
  if (at) params.set('at', at);
  return `${frontPreviewPath}?${params}`;
}

/** The preview address's query as the arrangement's input, for frontArrangementSchema to check. */
export function previewArrangementInput(search: Record<string, string | string[] | undefined>) {
  const next = single(search.next);
  return {
    locale: single(search.locale),
    lead: single(search.lead),
    nextLead: next ? { articleId: next, startsAt: single(search.from) ?? '' } : null,
    secondary: list(search.secondary),
    pinned: list(search.pinned),
  };
}
