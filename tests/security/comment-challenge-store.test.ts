import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { issueChallenge, type IssuedChallenge } from '@/lib/comments/challenge/issue-challenge';
import { redeemChallenge } from '@/lib/comments/challenge/pass-challenge';
import { existingProcessSingleton } from '@/lib/runtime/singleton';

// No Redis: challenges are kept in this process's memory, as they are without REDIS_URL or while Redis is down.
beforeAll(() => {
  vi.stubEnv('REDIS_URL', '');
});
afterAll(() => {
  vi.unstubAllEnvs();
});

const article = randomUUID();

async function imageChallenge(owner: string): Promise<Extract<IssuedChallenge, { kind: 'image' }>> {
  const challenge = await issueChallenge(article, 'image', owner);
  if (challenge.kind !== 'image') throw new Error('expected an image challenge');
  return challenge;
}

async function flood(count: number, owners: number): Promise<void> {
  const addresses = Array.from({ length: owners }, () => randomUUID());
  for (let i = 0; i < count; i++) await issueChallenge(article, 'image', addresses[i % owners]!);
}

describe('anti-spam challenges kept in memory', () => {
  it('survive 10,050 challenges asked for by one address, which only replace that address’s own', async () => {
    const reader = await imageChallenge(randomUUID());
    const script = randomUUID();
    const scriptsFirst = await imageChallenge(script);
    for (let i = 0; i < 10_050; i++) await issueChallenge(article, 'image', script);
    expect(await redeemChallenge(reader.id, article, reader.digits)).toEqual({ ok: true, kind: 'image' });
    expect(await redeemChallenge(scriptsFirst.id, article, scriptsFirst.digits)).toEqual({ ok: false, reason: 'expired' });
  });

  it('survive 10,050 challenges from two hundred addresses', async () => {
    const reader = await imageChallenge(randomUUID());
    await flood(10_050, 201);
    expect(await redeemChallenge(reader.id, article, reader.digits)).toEqual({ ok: true, kind: 'image' });
  });

  it('stay bounded in all: past the bound, the addresses holding most give way, not a reader with one', async () => {
    const reader = await imageChallenge(randomUUID());
    await flood(50_050, 1_001);
    const kept = existingProcessSingleton<{ challenges: Map<string, unknown> }>('commentChallenges')?.challenges;
    expect(kept?.size).toBe(50_000);
    expect(await redeemChallenge(reader.id, article, reader.digits)).toEqual({ ok: true, kind: 'image' });
  });
});
