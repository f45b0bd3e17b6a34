import { requestChallenge } from '@/lib/comments/request-challenge';
import { commentAction, commentJson, readerHash } from '@/lib/comments/responses';
import { challengeRequestSchema } from '@/lib/comments/schema';
import { getDatabase } from '@/lib/db/client';

/** A fresh anti-spam challenge for the article's comment form: the digits as an image, or a proof of work. */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return commentAction(request, challengeRequestSchema, async ({ kind }) => {
    const issued = await requestChallenge(getDatabase(), (await params).slug, kind, readerHash(request));
    return issued.ok ? commentJson(issued.challenge, 201) : issued;
  });
}
