-- DropIndex
DROP INDEX "comments_reported_idx";

-- CreateIndex
CREATE INDEX "comments_reported_idx" ON "comments"("created_at" DESC, "id" DESC, "status") WHERE (open_report_count > 0);
