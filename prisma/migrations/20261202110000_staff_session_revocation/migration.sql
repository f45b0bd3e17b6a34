-- Signed-out sessions, refused until they would have ended anyway; the session check reads this table in the
-- same statement as the account, and rows past expires_at are deleted.
CREATE TABLE "revoked_sessions" (
    "id" UUID NOT NULL,
    "staff_id" UUID NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "revoked_sessions_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "revoked_sessions_expires_at_idx" ON "revoked_sessions"("expires_at");

ALTER TABLE "revoked_sessions" ADD CONSTRAINT "revoked_sessions_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE CASCADE ON UPDATE CASCADE;
