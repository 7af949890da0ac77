import { searchFeed } from "@/lib/feeds/feed-route";

export const GET = searchFeed;
