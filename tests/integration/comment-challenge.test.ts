import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { issueChallenge, type IssuedChallenge } from '@/lib/comments/challenge/issue-challenge';
import { solveProof } from '@/lib/comments/challenge/proof-of-work';
import { redeemChallenge } from '@/lib/comments/challenge/pass-challenge';
import { logger } from '@/lib/log/logger';
import { getRedis } from '@/lib/runtime/redis';
import { readChallengeAnswer } from '../support/challenge-answer';
import { testRedisRunning, testRedisUrl } from '@/tests/support/test-redis';

const redisUrl = testRedisUrl;
// Nothing listens on port 1: Redis is "down".
const downUrl = 'redis://127.0.0.1:1';
/** Another Redis that is down: the warning is said once per connection and outage, so this one has not said it yet. */
const otherDownUrl = 'redis://127.0.0.1:2';
const keyPrefix = `test-comment-challenge-${randomUUID()}:`;

const redisRunning = await testRedisRunning();

beforeEach(() => {
  vi.stubEnv('REDIS_KEY_PREFIX', keyPrefix);
  vi.stubEnv('E2E_REDIS_URL', redisUrl);
  vi.stubEnv('E2E_REDIS_KEY_PREFIX', keyPrefix);
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});
afterAll(() => [redisUrl, downUrl, otherDownUrl].forEach((url) => getRedis(url).disconnect()));

const article = randomUUID();
const owner = randomUUID();
const passedImage = { ok: true, kind: 'image' };
const expired = { ok: false, reason: 'expired' };
const wrongAnswer = { ok: false, reason: 'wrong' };
const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);

async function imageChallenge(): Promise<Extract<IssuedChallenge, { kind: 'image' }>> {
  const challenge = await issueChallenge(article, 'image', owner);
  if (challenge.kind !== 'image') throw new Error('expected an image challenge');
  return challenge;
}

const stores = [
  { store: 'process memory (no REDIS_URL)', url: '', run: true },
  { store: `Redis (${redisUrl})`, url: redisUrl, run: redisRunning },
];

describe.each(stores)('anti-spam challenges in $store', ({ url, run }) => {
  beforeEach(() => vi.stubEnv('REDIS_URL', url));

  it.runIf(run)('accept the digits once, typed with spaces or full-width digits', async () => {
    const challenge = await imageChallenge();
    expect(challenge.digits).toMatch(/^\d{5}$/u);
    expect(challenge.expiresAt.getTime() - Date.now()).toBeGreaterThan(9.9 * 60_000);
    const typed = ` ${[...challenge.digits].map((digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0)).join(' ')} `;
    expect(await redeemChallenge(challenge.id, article, typed)).toEqual(passedImage);
  });

  it.runIf(run)('refuse a challenge used before', async () => {
    const challenge = await imageChallenge();
    expect(await redeemChallenge(challenge.id, article, challenge.digits)).toEqual(passedImage);
    expect(await redeemChallenge(challenge.id, article, challenge.digits)).toEqual(expired);
  });

  it.runIf(run)('let only one of two simultaneous answers through', async () => {
    const challenge = await imageChallenge();
    const outcomes = await Promise.all([1, 2, 3].map(() => redeemChallenge(challenge.id, article, challenge.digits)));
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
  });

  it.runIf(run)('use the challenge up on a wrong answer', async () => {
    const challenge = await imageChallenge();
    const wrong = challenge.digits === '00000' ? '11111' : '00000';
    expect(await redeemChallenge(challenge.id, article, wrong)).toEqual(wrongAnswer);
    expect(await redeemChallenge(challenge.id, article, challenge.digits)).toEqual(expired);
  });

  it.runIf(run)('refuse an answer after ten minutes', async () => {
    const challenge = await imageChallenge();
    expect(await redeemChallenge(challenge.id, article, challenge.digits, later(10.1))).toEqual(expired);
    expect(await redeemChallenge(challenge.id, article, challenge.digits)).toEqual(expired);
  });

  it.runIf(run)("refuse another article's challenge, and unknown ones", async () => {
    const challenge = await imageChallenge();
    expect(await redeemChallenge(challenge.id, randomUUID(), challenge.digits)).toEqual(expired);
    expect(await redeemChallenge(challenge.id, article, challenge.digits)).toEqual(expired);
    expect(await redeemChallenge(randomUUID(), article, '12345')).toEqual(expired);
  });

  it.runIf(run)('check the proof of work', async () => {
    const challenge = await issueChallenge(article, 'proof', owner);
    if (challenge.kind !== 'proof') throw new Error('expected a proof challenge');
    expect(challenge.difficulty).toBe(16);
    expect(await redeemChallenge(challenge.id, article, solveProof(challenge.salt, challenge.difficulty))).toEqual({
      ok: true,
      kind: 'proof',
    });
    const another = await issueChallenge(article, 'proof', owner);
    expect(await redeemChallenge(another.id, article, 'not a number')).toEqual(wrongAnswer);
  });
});

describe.skipIf(!redisRunning)('anti-spam challenges in Redis, as other processes and the tests see them', () => {
  it('keep the digits under the prefixed key for ten minutes, and are gone once answered', async () => {
    vi.stubEnv('REDIS_URL', redisUrl);
    const challenge = await imageChallenge();
    const key = `${keyPrefix}comment-challenge:${challenge.id}`;
    expect(await readChallengeAnswer(challenge.id)).toBe(challenge.digits);
    expect(await getRedis(redisUrl).ttl(key)).toBeGreaterThan(590);
    await redeemChallenge(challenge.id, article, challenge.digits);
    expect(await getRedis(redisUrl).exists(key)).toBe(0);
  });

  it('answer challenges issued while Redis was down once it is back', async () => {
    vi.spyOn(logger(), 'warn').mockImplementation(() => {});
    vi.stubEnv('REDIS_URL', downUrl);
    const challenge = await imageChallenge();
    vi.stubEnv('REDIS_URL', redisUrl);
    expect(await redeemChallenge(challenge.id, article, challenge.digits)).toEqual(passedImage);
  });
});

describe('anti-spam challenges while Redis is down', () => {
  it('fall back to process memory with one warning', async () => {
    const warn = vi.spyOn(logger(), 'warn').mockImplementation(() => {});
    vi.stubEnv('REDIS_URL', otherDownUrl);
    const first = await imageChallenge();
    const second = await imageChallenge();
    expect(await redeemChallenge(first.id, article, first.digits)).toEqual(passedImage);
    expect(await redeemChallenge(first.id, article, first.digits)).toEqual(expired);
    expect(await redeemChallenge(second.id, article, second.digits)).toEqual(passedImage);
    const ours = warn.mock.calls.filter(([, message]) => String(message).includes('anti-spam challenges'));
    expect(ours).toHaveLength(1);
  });
});
