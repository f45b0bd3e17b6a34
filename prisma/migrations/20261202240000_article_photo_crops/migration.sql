-- AlterTable
ALTER TABLE "article_photos" ADD COLUMN "crops" JSONB;
