-- Search marks matched words in the app now (lib/search/highlight.ts), not with ts_headline: the
-- configuration made for ts_headline has no user left.
DROP TEXT SEARCH CONFIGURATION chronicle_headline;
