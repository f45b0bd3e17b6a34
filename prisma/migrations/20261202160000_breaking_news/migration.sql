-- Breaking headlines shown across the reader pages for a set time (lib/breaking).
CREATE TABLE "breaking_banners" (
    "id" UUID NOT NULL,
    "headline_ko" TEXT NOT NULL,
    "headline_en" TEXT,
    "link" TEXT NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "breaking_banners_pkey" PRIMARY KEY ("id")
);

-- What every reader page asks: the banner whose period has not ended.
CREATE INDEX "breaking_banners_ends_idx" ON "breaking_banners"("ends_at");
