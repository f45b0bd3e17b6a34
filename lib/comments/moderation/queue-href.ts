/** No zod here: the queue's client components build their links with it. */

export const queueTabs = ['all', 'reported', 'held', 'deleted'] as const;
export type QueueTab = (typeof queueTabs)[number];

/** Counts above this show as "999+". */
export const queueCountCap = 999;

export const formatQueueCount = (count: number) => (count > queueCountCap ? `${queueCountCap}+` : String(count));

export const commentsPath = '/admin/comments';
export const commentSettingsPath = `${commentsPath}/settings`;

export type QueueParams = {
  tab: QueueTab;
  article?: string;
  nickname?: string;
  from?: string;
  to?: string;
  ip?: string;
  q?: string;
  after?: string;
};

/** The queue with `changes` applied to `params`; the tab `all` and empty values stay out of the address. */
export function queueHref(params: QueueParams, changes: Partial<QueueParams> = {}): string {
  const merged: Partial<QueueParams> = { ...params, ...changes };
  if (merged.tab === 'all') delete merged.tab;
  const query = new URLSearchParams(Object.entries(merged).filter((entry): entry is [string, string] => !!entry[1]));
  return query.size > 0 ? `${commentsPath}?${query}` : commentsPath;
}

/** Enough of an address hash to tell commenters apart at a glance; links and bans use the whole hash. */
export const shortHash = (hash: string) => hash.slice(0, 8);
