import { z } from 'zod';
import { searchableText } from '@/lib/security/text';
import { queueTabs } from './queue-href';

/** A query-string value, or undefined when it is empty or not what it should be: a bad filter shows everything. */
const param = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional()).catch(undefined);

/** The queue's address: `?tab=reported&article=…&nickname=…&from=2026-11-01&to=…&ip=…&q=…&after=…`, for the page and the API alike. */
export const queueFilterSchema = z.object({
  tab: z.enum(queueTabs).catch('all'),
  /** The article's slug. */
  article: param(z.string().overwrite(searchableText).trim().min(1).max(200)),
  nickname: param(z.string().overwrite(searchableText).trim().min(1).max(40)),
  /** Korea-time calendar days, inclusive. */
  from: param(z.iso.date()),
  to: param(z.iso.date()),
  ip: param(z.string().trim().toLowerCase().regex(/^[0-9a-f]{64}$/u)),
  q: param(z.string().overwrite(searchableText).trim().min(1).max(100)),
  /** The keyset cursor of the page before. */
  after: param(z.string().max(200)),
});
export type QueueFilter = z.output<typeof queueFilterSchema>;
