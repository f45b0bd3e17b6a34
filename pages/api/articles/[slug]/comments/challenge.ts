import { z } from 'zod';
import { defineRoute } from '@/lib/actions/define-route';
import { getReaderLimits } from '@/lib/comments/reader/reader-limits';
import { requestChallenge } from '@/lib/comments/challenge/issue-challenge';
import { readerHash, readerRoute } from '@/lib/comments/reader/reader-routes';
import { challengeRequestSchema } from '@/lib/comments/reader/reader-schema';
import { pagesApiRoute } from '@/lib/http/pages-api';

/** A fresh anti-spam challenge for the article's comment form: the digits as an image, or a proof of work. */
export const POST = defineRoute({
  ...readerRoute,
  input: challengeRequestSchema.extend({ slug: z.string() }),
  rateLimit: { limiter: () => getReaderLimits().challengesPerAddress, key: ({ request }) => readerHash(request) },
  handler: ({ input, db, request }) => requestChallenge(db, input.slug, input.kind, readerHash(request)),
  status: 201,
});

export const config = { api: { bodyParser: false } };
export default pagesApiRoute(z.object({ slug: z.string() }), { POST });
