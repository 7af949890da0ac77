import { defineMessages } from "./define";

/** Interface text of the topics pages. */
export const topics = defineMessages(
  {},
  {},
);
