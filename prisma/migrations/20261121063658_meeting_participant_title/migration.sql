-- AlterTable
ALTER TABLE "MeetingParticipant" ADD COLUMN     "title" TEXT;
