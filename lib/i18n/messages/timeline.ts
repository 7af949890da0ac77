import { defineMessages } from "./define";

/** The timeline page (/). */
export const timeline = defineMessages(
  {
    title: "Встречи",
    empty: "Встреч пока нет. Импортируйте статьи командой npm run import.",
  },
  {
    title: "Meetings",
    empty: "No meetings yet. Import articles with npm run import.",
  },
);
