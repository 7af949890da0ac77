import { defineMessages } from "./define";

/** Interface text of the officials pages. */
export const officials = defineMessages(
  {},
  {},
);
