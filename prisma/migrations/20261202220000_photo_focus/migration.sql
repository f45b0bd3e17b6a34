-- AlterTable
ALTER TABLE "photos" ADD COLUMN     "focus_x" DOUBLE PRECISION,
ADD COLUMN     "focus_y" DOUBLE PRECISION;
