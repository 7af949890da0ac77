CREATE OR REPLACE FUNCTION chronicle_count_article_topics() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  added_rows "ArticleTopic"[] := '{}';
  removed_rows "ArticleTopic"[] := '{}';
BEGIN
  IF TG_OP <> 'DELETE' THEN SELECT coalesce(array_agg(a), '{}') INTO added_rows FROM added a; END IF;
  IF TG_OP <> 'INSERT' THEN SELECT coalesce(array_agg(r), '{}') INTO removed_rows FROM removed r; END IF;
  INSERT INTO "TopicArticleCount" AS c ("topicId", "articles")
  SELECT x."topicId", sum(x.d)
  FROM (SELECT "topicId", 1 AS d FROM unnest(added_rows) UNION ALL SELECT "topicId", -1 FROM unnest(removed_rows)) x
  JOIN "Topic" t ON t."id" = x."topicId"
  GROUP BY 1 HAVING sum(x.d) <> 0 ORDER BY 1
  ON CONFLICT ("topicId") DO UPDATE SET "articles" = c."articles" + excluded."articles";
  RETURN NULL;
END $$;
