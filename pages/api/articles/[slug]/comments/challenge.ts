import { z } from 'zod';
import { requestChallenge } from '@/lib/comments/request-challenge';
import { commentAction, commentJson, readerHash } from '@/lib/comments/responses';
import { challengeRequestSchema } from '@/lib/comments/schema';
import { getDatabase } from '@/lib/runtime/database';
import { pagesApiRoute } from '@/lib/http/pages-api';

/** A fresh anti-spam challenge for the article's comment form: the digits as an image, or a proof of work. */
export async function POST(request: Request, { slug }: { slug: string }) {
  return commentAction(request, challengeRequestSchema, async ({ kind }) => {
    const issued = await requestChallenge(getDatabase(), slug, kind, readerHash(request));
    return issued.ok ? commentJson(issued.challenge, 201) : issued;
  });
}

export const config = { api: { bodyParser: false } };
export default pagesApiRoute(z.object({ slug: z.string() }), { POST });
