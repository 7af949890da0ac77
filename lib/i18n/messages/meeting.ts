import { defineMessages } from "./define";

/** Interface text of the meeting pages. */
export const meeting = defineMessages(
  {},
  {},
);
