-- TRUNCATE fires no row or statement DELETE triggers: empty the counts of what was emptied.
CREATE OR REPLACE FUNCTION chronicle_count_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  CASE TG_TABLE_NAME
    WHEN 'Meeting' THEN DELETE FROM "MeetingCount"; DELETE FROM "MonthMeetingCount";
    WHEN 'MeetingParticipant' THEN DELETE FROM "OfficialMeetingCount"; DELETE FROM "CountryMeetingCount";
    WHEN 'MeetingTopic' THEN DELETE FROM "TopicMeetingCount";
    WHEN 'ArticleTopic' THEN DELETE FROM "TopicArticleCount";
  END CASE;
  RETURN NULL;
END $$;
