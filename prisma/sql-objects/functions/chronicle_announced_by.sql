-- Whether a planned meeting was on record by a given day: reported by an article published that day or
-- before (or undated), or entered with no article at all. A plan first reported after the held meeting
-- did not announce it — `Токаев посетит Вашингтон осенью этого года`, told in the story of a meeting held
-- in Almaty the day before, is no announcement of that meeting.
CREATE OR REPLACE FUNCTION chronicle_announced_by(planned_id int, held_date date) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT NOT EXISTS (SELECT 1 FROM "MeetingSource" s WHERE s."meetingId" = planned_id)
      OR EXISTS (SELECT 1 FROM "MeetingSource" s JOIN "Article" a ON a.id = s."articleId"
                  WHERE s."meetingId" = planned_id AND (a."publishedOn" IS NULL OR a."publishedOn" <= held_date))
$$;
