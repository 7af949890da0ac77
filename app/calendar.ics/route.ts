import { GET_allMeetingsCalendar } from "@/lib/calendar/calendar-route";

export const GET = GET_allMeetingsCalendar;
