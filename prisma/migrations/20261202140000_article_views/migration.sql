-- Readers' views per article and hour (UTC), added up from Redis or memory about every minute (lib/views/).
CREATE TABLE "article_views" (
    "article_id" UUID NOT NULL,
    "hour" TIMESTAMPTZ(0) NOT NULL,
    "views" INTEGER NOT NULL,

    CONSTRAINT "article_views_pkey" PRIMARY KEY ("article_id","hour")
);

-- CreateIndex
CREATE INDEX "article_views_hour_idx" ON "article_views"("hour");

-- AddForeignKey
ALTER TABLE "article_views" ADD CONSTRAINT "article_views_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
