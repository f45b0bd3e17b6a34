-- CreateIndex
CREATE INDEX "articles_desk_latest_idx" ON "articles"("desk_id", "status", "published_at" DESC);
