-- Ads managed in the newsroom: a schedule, an on/off switch and a click count per slot.
ALTER TABLE "ad_slots" ADD COLUMN "starts_at" TIMESTAMPTZ(3),
ADD COLUMN "ends_at" TIMESTAMPTZ(3),
ADD COLUMN "enabled" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN "clicks" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "clicks_since" TIMESTAMPTZ(3);

-- The front page's side slot is now named like the issue's: sidebar.
UPDATE "ad_slots" SET "key" = 'sidebar' WHERE "key" = 'front-side';
