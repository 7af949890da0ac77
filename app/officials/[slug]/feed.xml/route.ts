import { subjectFeed } from "@/lib/feeds/feed-route";

export const GET = subjectFeed("official");
