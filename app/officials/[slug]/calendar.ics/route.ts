import { subjectCalendarRoute } from "@/lib/calendar/calendar-route";

export const GET = subjectCalendarRoute("official");
