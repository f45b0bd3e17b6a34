-- The address readers see, apart from the sign-in address ("email"), which is no longer shown on any public page.
ALTER TABLE "staff" ADD COLUMN "contact_email" TEXT;

-- The seed's reporter was published under this address before the two were told apart; nobody else had one.
UPDATE "staff" SET "contact_email" = "email" WHERE "slug" = 'ha-in-gyu' AND "email" = 'popupnews24@naver.com';
