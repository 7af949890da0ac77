CREATE OR REPLACE TRIGGER "Article_search_sync" AFTER INSERT OR UPDATE OF "title", "lead", "body", "searchNames", "publishedOn", "sourceId", "datelinePlaceId"
  ON "Article" FOR EACH ROW EXECUTE FUNCTION chronicle_article_search_sync();
