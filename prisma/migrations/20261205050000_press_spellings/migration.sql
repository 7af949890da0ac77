-- Kazakh officials are shown in English in the spelling their own offices publish ("Kassym-Jomart
-- Tokayev", not the transliteration "Kasym-Zhomart Tokayev"); the importer now gives new records that
-- spelling. Records it made earlier with the transliteration take it too (an editor's own spelling is
-- kept: only the old transliteration is replaced), and the transliteration stays a Latin form for
-- search. Slugs are not changed: links out there keep working.
WITH spelling(name_ru, old_latin, new_latin) AS (VALUES
  ('Касым-Жомарт Токаев', 'Kasym-Zhomart Tokayev', 'Kassym-Jomart Tokayev'),
  ('Мухтар Тлеуберди', 'Mukhtar Tleuberdi', 'Mukhtar Tileuberdi'),
  ('Айбек Смадияров', 'Aybek Smadiyarov', 'Aibek Smadiyarov'),
  ('Роман Василенко', 'Roman Vasilenko', 'Roman Vassilenko'),
  ('Кайрат Абдрахманов', 'Kayrat Abdrakhmanov', 'Kairat Abdrakhmanov'),
  ('Ерлан Идрисов', 'Yerlan Idrisov', 'Erlan Idrissov'),
  ('Бейбут Атамкулов', 'Beybut Atamkulov', 'Beibut Atamkulov'),
  ('Кайрат Умаров', 'Kayrat Umarov', 'Kairat Umarov'),
  ('Карим Масимов', 'Karim Masimov', 'Karim Massimov'),
  ('Ерлан Карин', 'Yerlan Karin', 'Erlan Karin')
), updated AS (
  UPDATE "Official" o SET "nameLatin" = s.new_latin, version = o.version + 1, "updatedAt" = now()
  FROM spelling s WHERE o."nameRu" = s.name_ru AND o."nameLatin" = s.old_latin
  RETURNING o.id, s.new_latin
)
INSERT INTO "OfficialName" ("officialId", form, kind)
SELECT id, new_latin, 'latin' FROM updated
ON CONFLICT ("officialId", form) DO NOTHING;
