-- AlterTable
ALTER TABLE "Topic" ADD COLUMN     "origin" "Origin" NOT NULL DEFAULT 'importer';
