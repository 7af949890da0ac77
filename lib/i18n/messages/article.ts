import { defineMessages } from "./define";

/** Interface text of the article pages. */
export const article = defineMessages(
  {},
  {},
);
