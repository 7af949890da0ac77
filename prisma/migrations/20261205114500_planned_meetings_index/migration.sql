-- Written by hand (Prisma's schema language cannot say INCLUDE or WHERE): every timeline page asks which
-- planned meetings its held ones may have confirmed (chronicle_follow_ups), by date among the planned
-- ones. Through (status, date) each of a page's held meetings visited the heap pages of ~300 planned
-- candidates for their kind and precision (8,400 pages for a page of 50, ~60% of the follow-ups' time on
-- the 100,000-article benchmark); with these beside the date the lookup reads only this small index.
CREATE INDEX "Meeting_planned_date_idx" ON "Meeting" ("date") INCLUDE ("id", "kind", "datePrecision") WHERE "status" = 'planned';
