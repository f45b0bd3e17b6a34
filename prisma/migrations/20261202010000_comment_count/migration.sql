-- Each article's count of comments readers can see, kept by the database itself: every write that changes
-- a comment's visibility (a post, the author's deletion, hiding by reports, moderation, a restore, bulk
-- actions, deleting the article) adjusts it in the same transaction, whichever code path made it.
ALTER TABLE "articles" ADD COLUMN "comment_count" INTEGER NOT NULL DEFAULT 0;

UPDATE "articles" AS a
SET "comment_count" = c.visible
FROM (SELECT "article_id", count(*)::int AS visible FROM "comments" WHERE "status" = 'VISIBLE' GROUP BY "article_id") AS c
WHERE c."article_id" = a."id";

CREATE FUNCTION "dateline_count_visible_comments"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD."status" = 'VISIBLE' THEN
    UPDATE "articles" SET "comment_count" = "comment_count" - 1 WHERE "id" = OLD."article_id";
  END IF;
  IF TG_OP <> 'DELETE' AND NEW."status" = 'VISIBLE' THEN
    UPDATE "articles" SET "comment_count" = "comment_count" + 1 WHERE "id" = NEW."article_id";
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "comments_count_inserted_or_deleted"
AFTER INSERT OR DELETE ON "comments"
FOR EACH ROW EXECUTE FUNCTION "dateline_count_visible_comments"();

-- Only a change of status or article moves the count; every other update (reports, notes) leaves it alone.
CREATE TRIGGER "comments_count_updated"
AFTER UPDATE OF "status", "article_id" ON "comments"
FOR EACH ROW
WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."article_id" IS DISTINCT FROM NEW."article_id")
EXECUTE FUNCTION "dateline_count_visible_comments"();
