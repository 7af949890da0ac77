import { meetingsFeed } from "@/lib/feeds/feed-route";

export const GET = meetingsFeed;
