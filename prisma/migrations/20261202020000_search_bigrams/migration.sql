-- Search for one- and two-character terms (상주, 교류, 韓). A term shorter than three characters has no trigram, so
-- the pg_trgm indexes cannot narrow it down; this index holds every character and every pair of adjacent characters
-- of each text instead, lowercased as ILIKE lowercases. lib/search/matching-articles.ts asks it for the grams of a
-- rare term and keeps the ILIKE as the exact check. Terms of three characters or more still use the trigram indexes.

-- Not de-duplicated: GIN keeps each key once per row anyway. COST: computing the grams of a body takes about as long
-- as reading a few pages, so the planner reads the index rather than computing them for every row.
CREATE FUNCTION "dateline_search_grams"("input" text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 1000
RETURN string_to_array(lower("input"), NULL)
  || ARRAY(SELECT (regexp_matches(lower("input"), '..', 'g'))[1])
  || ARRAY(SELECT (regexp_matches(substr(lower("input"), 2), '..', 'g'))[1]);

-- What a text's grams must include for it to contain the term: the character of a one-character term, else the
-- term's character pairs.
CREATE FUNCTION "dateline_search_query_grams"("term" text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN char_length(lower("term")) = 1 THEN ARRAY[lower("term")]
  ELSE ARRAY(SELECT (regexp_matches(lower("term"), '..', 'g'))[1])
    || ARRAY(SELECT (regexp_matches(substr(lower("term"), 2), '..', 'g'))[1])
END;

-- One index over headline and body together: a match in either is one index condition, so PostgreSQL never has to
-- compute the grams of a candidate row again to tell which of two indexes found it.
CREATE INDEX "article_texts_search_grams_idx" ON "article_texts"
  USING GIN ("dateline_search_grams"("headline" || ' ' || "plain_text"));

-- No statistics for the indexed expression: search does not let the planner choose by them (they cannot tell a rare
-- two-character term from one in 2% of texts), and gathering them would compute the grams of 30,000 texts at every
-- ANALYZE of article_texts.
ALTER INDEX "article_texts_search_grams_idx" ALTER COLUMN 1 SET STATISTICS 0;
