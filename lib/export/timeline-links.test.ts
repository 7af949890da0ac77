import { describe, expect, it } from "vitest";
import { timelineLinks } from "./timeline-links";

describe("the timeline's take-away links", () => {
  it("keep its filters (and order for downloads), never its page", () => {
    const links = timelineLinks({ kind: ["talks", "visit"], status: "planned", order: "asc", page: "3" });
    expect(links.csv).toBe("/export/meetings.csv?kind=talks&kind=visit&status=planned&order=asc");
    expect(links.atom).toBe("/meetings/feed.xml?kind=talks&kind=visit&status=planned");
  });

  it("ask the feed and the calendar for English on the English edition, which they cannot tell from a cookie", () => {
    expect(timelineLinks({ kind: "talks" }, "en").atom).toBe("/meetings/feed.xml?kind=talks&lang=en");
    expect(timelineLinks({}, "en").calendar).toBe("/calendar.ics?lang=en");
    expect(timelineLinks({}, "en").csv).toBe("/export/meetings.csv");
  });
});
