-- Trigram search over Korean and English text.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "article_texts" ADD COLUMN     "plain_text" TEXT NOT NULL DEFAULT '';
UPDATE "article_texts" SET "plain_text" = coalesce(
  (SELECT string_agg(t #>> '{}', E'\n') FROM jsonb_path_query("body", 'strict $.**.text') AS t), '');

-- AlterTable
ALTER TABLE "photos" ADD COLUMN     "variant_widths" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- AlterTable
ALTER TABLE "staff" ADD COLUMN     "slug" TEXT;
UPDATE "staff" SET "slug" = regexp_replace(lower(split_part("email", '@', 1)), '[^a-z0-9]+', '-', 'g') || '-' || left("id"::text, 8);
ALTER TABLE "staff" ALTER COLUMN "slug" SET NOT NULL;

-- CreateTable
CREATE TABLE "ad_slots" (
    "key" TEXT NOT NULL,
    "image_key" TEXT,
    "width" INTEGER,
    "height" INTEGER,
    "href" TEXT,
    "alt_ko" TEXT,
    "alt_en" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ad_slots_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "article_texts_headline_trgm_idx" ON "article_texts" USING GIN ("headline" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "article_texts_plain_text_trgm_idx" ON "article_texts" USING GIN ("plain_text" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "staff_slug_key" ON "staff"("slug");
