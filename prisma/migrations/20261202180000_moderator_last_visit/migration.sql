-- When each staff member last opened the comment queue: the dashboard counts comments posted since then.
ALTER TABLE "staff" ADD COLUMN "moderator_last_visit_at" TIMESTAMPTZ(3);
