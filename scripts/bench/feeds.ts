import { issueChallenges, postHeaders } from './challenges';
import type { Feed, LoadShape } from './measure';
import type { RunningSite } from './site';

/** A feed holds this many times what its row should need at its expected rate, warm-up included. */
const margin = 1.5;

export function feedSize(shape: LoadShape, expectedRate: number): number {
  return Math.ceil((shape.warmupSeconds + shape.seconds) * expectedRate * margin);
}

/**
 * A page not rendered yet every request: each generated article in Korean, then in English. Every run starts with
 * an empty page cache (a new server process and a Redis prefix of its own), so all of them are unrendered.
 */
export function uncachedArticleFeed(loadArticles: number): Feed {
  const size = 2 * loadArticles;
  let i = 0;
  return {
    size,
    next: () => {
      if (i >= size) return null;
      const n = i++;
      return { path: `/${n < loadArticles ? 'ko' : 'en'}/articles/load-${(n % loadArticles) + 1}` };
    },
  };
}

/**
 * `size` comment posts, each with its own answered challenge (issued now: they last ten minutes), address (from the
 * run's one address book, so no two posts share one) and nickname.
 */
export async function commentPostFeed(site: RunningSite, slug: string, size: number, nextAddress: () => string): Promise<Feed> {
  const started = performance.now();
  const challenges = await issueChallenges(site, slug, size, nextAddress);
  console.log(`  (issued ${size} anti-spam challenges in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  const run = Date.now().toString(36);
  let i = 0;
  return {
    size,
    next: () => {
      const challenge = challenges[i];
      if (!challenge) return null;
      const n = i++;
      return {
        path: `/api/articles/${slug}/comments`,
        method: 'POST',
        headers: postHeaders(site, challenge.address),
        body: JSON.stringify({
          locale: 'ko',
          nickname: `독자${run}${n}`,
          password: 'bench-password',
          content: `잘 읽었습니다. 지역 소식 고맙습니다 (${run}-${n})`,
          challengeId: challenge.id,
          answer: challenge.digits,
        }),
      };
    },
  };
}
