const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/** Whether an id from a URL can name a comment at all; anything else is "not found" without asking the database. */
export function isCommentId(id: string): boolean {
  return uuidPattern.test(id);
}
