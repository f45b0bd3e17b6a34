import type { APIRequestContext } from '@playwright/test';
import { Redis } from 'ioredis';

/**
 * The test-only seam for the anti-spam check: the site keeps each challenge in Redis, which a browser test
 * (like the benchmark) can read because it runs beside the server. No route exposes an answer, so there is
 * nothing to switch on in production; readers on the internet never reach Redis.
 */
export async function readChallengeAnswer(
  challengeId: string,
  redisKeyPrefix = process.env.E2E_REDIS_KEY_PREFIX ?? 'dateline:',
): Promise<string> {
  const redis = new Redis(process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379');
  try {
    const stored = await redis.get(`${redisKeyPrefix}comment-challenge:${challengeId}`);
    if (!stored) throw new Error(`No anti-spam challenge ${challengeId} in Redis`);
    const challenge = JSON.parse(stored) as { digits?: string };
    if (!challenge.digits) throw new Error(`Challenge ${challengeId} is not an image challenge`);
    return challenge.digits;
  } finally {
    redis.disconnect();
  }
}

/** An image challenge of the article, asked for as the form does (`headers` name the reader), and its digits. */
export async function answeredChallenge(
  request: APIRequestContext,
  slug: string,
  headers: Record<string, string>,
): Promise<{ challengeId: string; answer: string }> {
  const response = await request.post(`/api/articles/${slug}/comments/challenge`, { headers, data: { locale: 'ko', kind: 'image' } });
  if (response.status() !== 201) throw new Error(`The challenge was refused: ${response.status()}`);
  const { id } = (await response.json()) as { id: string };
  return { challengeId: id, answer: await readChallengeAnswer(id) };
}
