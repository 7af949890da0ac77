CREATE OR REPLACE TRIGGER "ArticleOfficial_search_delete" AFTER DELETE ON "ArticleOfficial"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION chronicle_article_search_officials();
