-- AlterTable
ALTER TABLE "Outlet" ADD COLUMN     "nameEn" TEXT;

-- The English names of the outlets the archive seeds and of those the press names in Cyrillic (as
-- lib/i18n/press-name.ts knew them at display time), for outlets already stored; editors set the rest
-- in /admin/sources/[id].
UPDATE "Outlet" o SET "nameEn" = v.en
FROM (VALUES
  ('Казинформ', 'Kazinform'),
  ('Акорда', 'Akorda'),
  ('МИД Казахстана', 'Ministry of Foreign Affairs of Kazakhstan'),
  ('КазТАГ', 'KazTAG'),
  ('Казахстанская правда', 'Kazakhstanskaya Pravda'),
  ('ТАСС', 'TASS'),
  ('ИТАР-ТАСС', 'ITAR-TASS'),
  ('Интерфакс', 'Interfax'),
  ('Интерфакс-Казахстан', 'Interfax-Kazakhstan'),
  ('ИНТЕРФАКС-КАЗАХСТАН', 'Interfax-Kazakhstan'),
  ('Sputnik Казахстан', 'Sputnik Kazakhstan'),
  ('Посольство США в Казахстане', 'US Embassy in Kazakhstan'),
  ('Генеральное консульство США в Алматы', 'US Consulate General in Almaty'),
  ('РИА Новости', 'RIA Novosti'),
  ('Новости-Казахстан', 'Novosti-Kazakhstan'),
  ('Хабар 24', 'Khabar 24'),
  ('Хабар', 'Khabar'),
  ('Экспресс К', 'Express K'),
  ('Ритм Евразии', 'Ritm Eurasia'),
  ('РБК', 'RBC'),
  ('Коммерсантъ', 'Kommersant'),
  ('Известия', 'Izvestia'),
  ('Независимая газета', 'Nezavisimaya Gazeta'),
  ('Российская газета', 'Rossiyskaya Gazeta'),
  ('Караван', 'Karavan'),
  ('Анадолу', 'Anadolu'),
  ('Власть', 'Vlast'),
  ('Курсив', 'Kursiv'),
  ('Постфактум', 'Postfactum')
) AS v(name, en)
WHERE o.name = v.name AND o."nameEn" IS NULL;
