-- Written by hand (Prisma's schema language cannot say NULLS LAST): the timeline lists meetings newest
-- first with undated ones at the end (ORDER BY date DESC NULLS LAST, id DESC). The init index on
-- (date DESC, id DESC) keeps NULLs first, so that order fell back to sorting every meeting for each page;
-- this index serves it directly. The oldest-first order (ASC NULLS LAST) still reads the init index backwards.
CREATE INDEX "Meeting_date_desc_nulls_last_id_idx" ON "Meeting" ("date" DESC NULLS LAST, "id" DESC);
