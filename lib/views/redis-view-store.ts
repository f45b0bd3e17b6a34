import '#server-only';
import type { Redis } from 'ioredis';
import { viewHourMilliseconds } from './view-rules';
import { pendingKey, type CountKind, type PendingViews, type ViewStore } from './view-store';

/** The reader's mark for this article and hour, and the count beside it, in one step: no view counted twice or lost between them. */
const recordScript = `
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
  redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
  return 1
end
return 0`;

/**
 * Views in Redis, shared by every instance under one key prefix: a reader's mark per article and hour (gone when the
 * hour is), and one hash of pending counts that a flush reads and deletes in one transaction, so two instances
 * flushing at once never write the same views twice.
 */
export class RedisViewStore implements ViewStore {
  private readonly pending: string;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly now = () => Date.now(),
    private readonly kind: CountKind = 'views',
  ) {
    this.pending = `${prefix}${kind}:pending`;
  }

  async record(slug: string, reader: string, hour: number): Promise<boolean> {
    const secondsLeft = Math.ceil((hour + viewHourMilliseconds - this.now()) / 1000) + 60;
    const seen = `${this.prefix}${this.kind}:seen:${hour}:${slug}:${reader}`;
    const counted = await this.redis.eval(recordScript, 2, seen, this.pending, Math.max(secondsLeft, 60), pendingKey(hour, slug));
    return counted === 1;
  }

  async take(): Promise<PendingViews> {
    const answers = await this.redis.multi().hgetall(this.pending).del(this.pending).exec();
    const [error, fields] = answers?.[0] ?? [new Error('The pending views were not read.'), null];
    if (error) throw error;
    return new Map(Object.entries(fields as Record<string, string>).map(([key, count]) => [key, Number(count)]));
  }

  async giveBack(views: PendingViews): Promise<void> {
    if (views.size === 0) return;
    const pipeline = this.redis.pipeline();
    for (const [key, count] of views) pipeline.hincrby(this.pending, key, count);
    await pipeline.exec();
  }
}
