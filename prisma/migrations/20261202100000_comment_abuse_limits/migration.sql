-- Comments sent with the automatic check (proof of work) while it is solved at a script's pace wait for a moderator.
ALTER TYPE "CommentHoldReason" ADD VALUE 'PROOF_UNDER_LOAD';

-- A moderator's approval stands: later reports are kept for the queue but no longer hide the comment.
ALTER TABLE "comments" ADD COLUMN "approved_at" TIMESTAMPTZ(3);

-- Only reports from distinct networks hide a comment. Reports made before this knew no network: each address
-- counts as a network of its own, as it did.
ALTER TABLE "comment_reports" ADD COLUMN "reporter_network_hash" TEXT;
UPDATE "comment_reports" SET "reporter_network_hash" = "reporter_hash";
ALTER TABLE "comment_reports" ALTER COLUMN "reporter_network_hash" SET NOT NULL;

-- Readers who answered a challenge to report on an article.
CREATE TABLE "comment_report_passes" (
    "article_id" UUID NOT NULL,
    "reporter_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "comment_report_passes_pkey" PRIMARY KEY ("article_id","reporter_hash")
);

ALTER TABLE "comment_report_passes" ADD CONSTRAINT "comment_report_passes_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
