CREATE OR REPLACE TRIGGER "ArticleOfficial_search_update" AFTER UPDATE ON "ArticleOfficial"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION chronicle_article_search_officials();
