-- Pages put '- ' before subtitles, '▲ ' before captions and '© ' before the copyright line; staff who typed them too
-- got them twice. The editor's schemas now drop them on save (lib/text/leading-marks.ts); this does the same to what
-- was saved before: the same marks, however many, with a dash directly before a digit (a minus sign) kept.
-- Subtitles are a text array; a subtitle that was nothing but marks is removed. Text versions are left alone: the
-- words did not change, so no translation becomes stale. Captions live only in photo_texts (an article body places
-- a photo by its id alone), and revision snapshots stay as they were saved.

CREATE FUNCTION pg_temp.without_leading_marks(text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace($1, '^(\s*([-–—](?!\d)|[·▲△©ⓒ]|\([cC]\)))+\s*', '')
$$;

UPDATE article_texts
SET subtitles = ARRAY(
  SELECT pg_temp.without_leading_marks(subtitle)
  FROM unnest(subtitles) WITH ORDINALITY AS s(subtitle, position)
  WHERE pg_temp.without_leading_marks(subtitle) <> ''
  ORDER BY position
)
WHERE EXISTS (SELECT 1 FROM unnest(subtitles) AS s(subtitle) WHERE pg_temp.without_leading_marks(subtitle) <> subtitle);

UPDATE photo_texts
SET caption = pg_temp.without_leading_marks(caption),
    credit = NULLIF(pg_temp.without_leading_marks(credit), ''),
    copyright = NULLIF(pg_temp.without_leading_marks(copyright), '')
WHERE pg_temp.without_leading_marks(caption) <> caption
   OR pg_temp.without_leading_marks(credit) <> credit
   OR pg_temp.without_leading_marks(copyright) <> copyright;
