CREATE OR REPLACE FUNCTION chronicle_count_meetings() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  added_rows "Meeting"[] := '{}';
  removed_rows "Meeting"[] := '{}';
BEGIN
  IF TG_OP <> 'DELETE' THEN SELECT coalesce(array_agg(a), '{}') INTO added_rows FROM added a; END IF;
  IF TG_OP <> 'INSERT' THEN SELECT coalesce(array_agg(r), '{}') INTO removed_rows FROM removed r; END IF;
  INSERT INTO "MeetingCount" AS c ("kind", "status", "meetings")
  SELECT x."kind", x."status", sum(x.d)
  FROM (SELECT "kind", "status", 1 AS d FROM unnest(added_rows) UNION ALL SELECT "kind", "status", -1 FROM unnest(removed_rows)) x
  GROUP BY 1, 2 HAVING sum(x.d) <> 0 ORDER BY 1, 2
  ON CONFLICT ("kind", "status") DO UPDATE SET "meetings" = c."meetings" + excluded."meetings";
  INSERT INTO "MonthMeetingCount" AS c ("month", "kind", "status", "meetings")
  SELECT x."month", x."kind", x."status", sum(x.d)
  FROM (SELECT chronicle_chart_month("date", "datePrecision") AS "month", "kind", "status", 1 AS d FROM unnest(added_rows)
        UNION ALL SELECT chronicle_chart_month("date", "datePrecision"), "kind", "status", -1 FROM unnest(removed_rows)) x
  WHERE x."month" IS NOT NULL
  GROUP BY 1, 2, 3 HAVING sum(x.d) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT ("month", "kind", "status") DO UPDATE SET "meetings" = c."meetings" + excluded."meetings";
  RETURN NULL;
END $$;
