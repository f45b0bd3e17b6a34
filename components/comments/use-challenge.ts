import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChallengeView } from '@/lib/comments/reader/comment-view';
import type { Locale } from '@/lib/i18n/locales';
import { commentApi, type ChallengeKind } from './comment-api';
import { canSolveProofOfWork, solveProofOfWork } from './proof-of-work';

export type ChallengeState = {
  kind: ChallengeKind;
  challenge: ChallengeView | null;
  /** Why no challenge could be fetched, in the page's language. */
  error: string | null;
  /** What the form sends: the digits typed, or the nonce the browser found. */
  answer: string;
  /** The automatic check: 0 to 1 while it runs (the chance it would have finished by now), 1 when done. */
  proofProgress: number | null;
  proofUnsupported: boolean;
};

const initial: ChallengeState = { kind: 'image', challenge: null, error: null, answer: '', proofProgress: null, proofUnsupported: false };

/**
 * The anti-spam challenge of the comment form. Challenges are single use, so `renew` fetches a fresh one
 * after every submit; in the proof-of-work mode the browser then solves it by itself.
 */
export function useChallenge(locale: Locale, slug: string) {
  const [state, setState] = useState<ChallengeState>(initial);
  // Only the newest request may update the state; an older one still solving is stopped.
  const generation = useRef(0);
  const solver = useRef<AbortController | null>(null);

  const load = useCallback(
    async (kind: ChallengeKind) => {
      const current = ++generation.current;
      solver.current?.abort();
      const unsupported = kind === 'proof' && !canSolveProofOfWork();
      const actualKind = unsupported ? 'image' : kind;
      setState({ ...initial, kind: actualKind, proofUnsupported: unsupported, proofProgress: actualKind === 'proof' ? 0 : null });
      const result = await commentApi.challenge(locale, slug, actualKind);
      if (current !== generation.current) return;
      if (!result.ok) {
        setState((s) => ({ ...s, error: result.failure.error, proofProgress: null }));
        return;
      }
      const challenge = result.data;
      setState((s) => ({ ...s, challenge }));
      if (challenge.kind !== 'proof') return;
      const controller = new AbortController();
      solver.current = controller;
      const expectedTries = 2 ** challenge.difficulty;
      try {
        const nonce = await solveProofOfWork(challenge.salt, challenge.difficulty, {
          signal: controller.signal,
          onProgress: (tried) => setState((s) => ({ ...s, proofProgress: 1 - Math.exp(-tried / expectedTries) })),
        });
        if (current === generation.current) setState((s) => ({ ...s, answer: nonce, proofProgress: 1 }));
      } catch {
        // Stopped because a newer challenge replaced this one.
      }
    },
    [locale, slug],
  );

  useEffect(() => () => solver.current?.abort(), []);

  // The ref guards against a second focus before the state has changed; the state is what the form shows.
  const startedRef = useRef(false);
  const [started, setStarted] = useState(false);
  /** The first challenge, fetched once the reader starts writing. */
  const start = useCallback(() => {
    if (startedRef.current) return;
    startedRef.current = true;
    setStarted(true);
    void load('image');
  }, [load]);

  const renew = useCallback(() => void load(state.kind), [load, state.kind]);
  const switchTo = useCallback((kind: ChallengeKind) => void load(kind), [load]);
  const setAnswer = useCallback((answer: string) => setState((s) => ({ ...s, answer })), []);

  const solving = state.kind === 'proof' && state.proofProgress !== null && state.proofProgress < 1;
  return { state, started, start, renew, switchTo, setAnswer, solving };
}
