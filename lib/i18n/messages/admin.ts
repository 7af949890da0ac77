import { defineMessages } from "./define";

/** Interface text of the admin pages. */
export const admin = defineMessages(
  {},
  {},
);
