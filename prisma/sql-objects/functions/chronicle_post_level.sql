-- The level of a post, as /numbers counts meetings: 'head' (heads of state and government), 'minister'
-- (ministers, secretaries of state, their deputies and assistants, deputy prime ministers), 'parliament'
-- (senators, congressmen, deputies, speakers, members and chairs of chambers and their committees),
-- 'ambassador' (ambassadors, envoys, chargés d'affaires), else 'other'. Read from the post as written in
-- the nominative (Position.title, MeetingParticipant.title), lower-cased; tested first to last, so
-- «премьер-министр» is a head and «вице-премьер» a minister. A company's or an association's president
-- is not a head of state. The one mapping of posts to levels: change it here (and its test,
-- tests/integration/archive-numbers.test.ts).
CREATE OR REPLACE FUNCTION chronicle_post_level(title text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT CASE
    WHEN t ~ '^(экс-|бывш\S* )' THEN 'other'
    WHEN t ~ '^((вице-)?президент|премьер-министр|премьер|глава государства|глава правительства|король|эмир|наследный принц)\M'
         AND t !~ '\m(компании|корпорации|банка|ассоциации|фонда|палаты|группы|университета|совета)\M' THEN 'head'
    WHEN t ~ '\m(сенатор|конгрессмен|конгрессвумен|депутат|мажилисмен|парламентари\S*|спикер|вице-спикер)\M'
         OR t ~ '\m(член|председатель|сопредседатель|зампредседателя|заместитель председателя)\M.*\m(сената|мажилиса|парламента|конгресса|палаты представителей|комитета (сената|палаты|мажилиса|конгресса))\M' THEN 'parliament'
    WHEN t ~ '\m(министр|министра|замминистра|вице-премьер|вице-премьер-министр|госсекретарь|госсекретаря|статс-секретарь)\M'
         OR t ~ '\mгосударственн\S* секретар' OR t ~ '^(первый )?(заместитель )?глава мид\M' THEN 'minister'
    WHEN t ~ '\m(посол|посла|посланник|спецпосланник|поверенный в делах|временный поверенный)\M' THEN 'ambassador'
    ELSE 'other'
  END
  FROM lower(btrim(coalesce(title, ''))) AS t
$$;
