import { articlesFeed } from "@/lib/feeds/feed-route";

export const GET = articlesFeed;
