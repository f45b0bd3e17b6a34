-- No comment could be written before this migration (there was no route), so the new NOT NULL columns need no backfill.
-- CreateEnum
CREATE TYPE "CommentMode" AS ENUM ('OPEN', 'PREMODERATED', 'CLOSED');

-- CreateEnum
CREATE TYPE "CommentHoldReason" AS ENUM ('PREMODERATION', 'SUSPECT_WORD', 'REPORTS');

-- CreateEnum
CREATE TYPE "ModerationReason" AS ENUM ('OFF_TOPIC', 'DEFAMATION', 'ABUSE', 'SPAM', 'OTHER');

-- CreateEnum
CREATE TYPE "BannedWordLevel" AS ENUM ('BANNED', 'SUSPECT');

-- CreateEnum
CREATE TYPE "CommentBanKind" AS ENUM ('NICKNAME', 'IP_HASH');

-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "comment_mode" "CommentMode";

-- AlterTable
ALTER TABLE "comments" ADD COLUMN     "content_hash" TEXT NOT NULL,
ADD COLUMN     "deletion_note" TEXT,
ADD COLUMN     "hold_reason" "CommentHoldReason",
ADD COLUMN     "nickname_key" TEXT NOT NULL,
ADD COLUMN     "open_report_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "staff_id" UUID,
DROP COLUMN "deletion_reason",
ADD COLUMN     "deletion_reason" "ModerationReason";

-- CreateTable
CREATE TABLE "comment_reports" (
    "id" UUID NOT NULL,
    "comment_id" UUID NOT NULL,
    "reporter_hash" TEXT NOT NULL,
    "reason" "ModerationReason" NOT NULL,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" TIMESTAMPTZ(3),

    CONSTRAINT "comment_reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "banned_words" (
    "id" UUID NOT NULL,
    "term" TEXT NOT NULL,
    "level" "BannedWordLevel" NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "banned_words_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comment_bans" (
    "id" UUID NOT NULL,
    "kind" "CommentBanKind" NOT NULL,
    "value" TEXT NOT NULL,
    "reason" TEXT,
    "expires_at" TIMESTAMPTZ(3),
    "lifted_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "comment_bans_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comment_settings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "mode" "CommentMode" NOT NULL DEFAULT 'OPEN',
    "report_threshold" INTEGER NOT NULL DEFAULT 3,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "comment_settings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "comment_reports_comment_id_reporter_hash_key" ON "comment_reports"("comment_id", "reporter_hash");

-- CreateIndex
CREATE UNIQUE INDEX "banned_words_term_key" ON "banned_words"("term");

-- CreateIndex
CREATE INDEX "comment_bans_lookup_idx" ON "comment_bans"("kind", "value");

-- CreateIndex
CREATE INDEX "comments_nickname_idx" ON "comments"("nickname_key", "created_at" DESC);

-- CreateIndex
CREATE INDEX "comments_content_hash_idx" ON "comments"("content_hash", "created_at" DESC);

-- CreateIndex
CREATE INDEX "comments_reported_idx" ON "comments"("open_report_count", "created_at" DESC);

-- CreateIndex
CREATE INDEX "comments_content_trgm_idx" ON "comments" USING GIN ("content" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment_reports" ADD CONSTRAINT "comment_reports_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "banned_words" ADD CONSTRAINT "banned_words_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment_bans" ADD CONSTRAINT "comment_bans_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The site-wide rules start as the defaults.
INSERT INTO "comment_settings" ("id", "updated_at") VALUES (1, CURRENT_TIMESTAMP);
