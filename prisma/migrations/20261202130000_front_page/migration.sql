-- The curated front page of each language (lib/front): lead, secondary stories and section pins.
CREATE TYPE "FrontSlotKind" AS ENUM ('LEAD', 'SECONDARY', 'PINNED');

CREATE TABLE "front_slots" (
    "id" UUID NOT NULL,
    "locale" TEXT NOT NULL,
    "kind" "FrontSlotKind" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "article_id" UUID NOT NULL,
    "starts_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "front_slots_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "front_slots_locale_idx" ON "front_slots"("locale");
CREATE INDEX "front_slots_article_id_idx" ON "front_slots"("article_id");

ALTER TABLE "front_slots" ADD CONSTRAINT "front_slots_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
