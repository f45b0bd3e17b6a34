import { Redis } from 'ioredis';
import type { RunningSite } from './site';

export type AnsweredChallenge = { id: string; digits: string; address: string };

/** What a browser on the site sends with every POST: the app refuses state changes from another origin. */
export const postHeaders = (site: RunningSite, address: string) => ({
  'content-type': 'application/json',
  origin: site.url,
  'x-forwarded-for': address,
});

/** Asks the site for one anti-spam challenge for the article, as the comment form does, from `address`. */
export async function requestChallenge(site: RunningSite, slug: string, address: string): Promise<string> {
  const response = await fetch(`${site.url}/api/articles/${slug}/comments/challenge`, {
    method: 'POST',
    headers: postHeaders(site, address),
    body: JSON.stringify({ locale: 'ko', kind: 'image' }),
  });
  if (response.status !== 201) throw new Error(`A challenge was refused: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/**
 * The digits of an issued challenge, read where the site keeps them (the test-only seam of
 * tests/support/challenge-answer.ts: Redis is beside the server, never reachable by readers).
 */
export async function readDigits(redis: Redis, site: RunningSite, id: string): Promise<string> {
  const stored = await redis.get(`${site.redisKeyPrefix}comment-challenge:${id}`);
  const digits = stored ? (JSON.parse(stored) as { digits?: string }).digits : undefined;
  if (!digits) throw new Error(`Challenge ${id} is not in Redis.`);
  return digits;
}

/** `count` answered challenges, each issued to a fresh address (30 per address per 10 minutes are allowed). */
export async function issueChallenges(
  site: RunningSite,
  slug: string,
  count: number,
  nextAddress: () => string,
): Promise<AnsweredChallenge[]> {
  const redis = new Redis(site.redisUrl);
  const answered: AnsweredChallenge[] = [];
  try {
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (answered.length < count) {
          const address = nextAddress();
          const id = await requestChallenge(site, slug, address);
          answered.push({ id, address, digits: await readDigits(redis, site, id) });
        }
      }),
    );
  } finally {
    redis.disconnect();
  }
  return answered.slice(0, count);
}
