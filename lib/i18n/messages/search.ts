import { defineMessages } from "./define";

/** Interface text of the search pages. */
export const search = defineMessages(
  {},
  {},
);
