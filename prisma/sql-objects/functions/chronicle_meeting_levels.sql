-- The level of each of `meetings` as /numbers counts it — the highest of its participants' posts
-- (chronicle_post_level, whose order is the rank; 'other' when no one is named) — read from the
-- participant rows given rather than the table, so a count trigger can compare a meeting's level before
-- and after a write. A participant's own wording wins over its post's; `posts` stands in for Position
-- rows as they were before an update of their titles.
CREATE OR REPLACE FUNCTION chronicle_meeting_levels(meetings int[], participants "MeetingParticipant"[], posts "Position"[] DEFAULT '{}')
RETURNS TABLE ("meetingId" int, "level" text)
  LANGUAGE sql STABLE
AS $$
  SELECT t.id, levels.name[coalesce(min(array_position(levels.name, chronicle_post_level(coalesce(p."title", o."title", pos."title")))), 5)]
  FROM unnest(meetings) AS t(id)
  CROSS JOIN (SELECT ARRAY['head', 'minister', 'parliament', 'ambassador', 'other'] AS name) levels
  LEFT JOIN unnest(participants) AS p ON p."meetingId" = t.id
  LEFT JOIN unnest(posts) AS o ON o."id" = p."positionId"
  LEFT JOIN "Position" pos ON pos."id" = p."positionId"
  GROUP BY t.id, levels.name
$$;
