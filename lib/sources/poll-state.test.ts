import { expect, it } from "vitest";
import { minutesToNextPoll } from "./poll-state";

it("waits the source's interval after a good poll and doubles it per failure in a row, up to a day", () => {
  expect(minutesToNextPoll(30, 0)).toBe(30);
  expect(minutesToNextPoll(30, 1)).toBe(60);
  expect(minutesToNextPoll(30, 3)).toBe(240);
  expect(minutesToNextPoll(30, 10)).toBe(24 * 60);
  expect(minutesToNextPoll(30, 1000)).toBe(24 * 60);
});
