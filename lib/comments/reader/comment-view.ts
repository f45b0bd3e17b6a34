/**
 * A comment as readers get it from `GET /api/articles/[slug]/comments`. Types only: the comment
 * section (a client component) imports them without pulling server code into the page.
 */
export type CommentView = {
  id: string;
  nickname: string;
  /** Plain text; the page shows line breaks and links, never HTML. */
  content: string;
  /** The language of the page it was written on. */
  locale: string;
  /** ISO 8601, UTC; shown in Korea time. */
  createdAt: string;
  /** Written by a signed-in staff member: shown with a badge. */
  staff: boolean;
};

export type CommentMode = 'OPEN' | 'PREMODERATED' | 'CLOSED';

export type CommentPage = {
  /** Comments readers can see on the whole article, both languages. */
  count: number;
  mode: CommentMode;
  comments: CommentView[];
  nextCursor: string | null;
};

export type ImageChallengeView = { id: string; kind: 'image'; image: string; expiresAt: string };
export type ProofChallengeView = { id: string; kind: 'proof'; salt: string; difficulty: number; expiresAt: string };
export type ChallengeView = ImageChallengeView | ProofChallengeView;

/** What every comment route answers on failure: a sentence for the form, and sentences by field. */
export type CommentFailure = { error: string; fieldErrors?: Partial<Record<string, string[]>> };
