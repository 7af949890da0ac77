import { en, ru } from "./counts";
import { defineMessages } from "./define";

/** What a client told to slow down reads (lib/limits): a 429's body, in the interface language. */
export const limits = defineMessages(
  {
    tooMany: (seconds: number) => `Слишком много запросов подряд. Повторите через ${ru.secondsAcc(seconds)}.`,
    streamsBusy: (seconds: number) =>
      `Сейчас выгружается слишком много файлов сразу. Повторите через ${ru.secondsAcc(seconds)}.`,
  },
  {
    tooMany: (seconds: number) => `Too many requests in a row. Try again in ${en.secondsAcc(seconds)}.`,
    streamsBusy: (seconds: number) => `Too many downloads are running at once. Try again in ${en.secondsAcc(seconds)}.`,
  },
);
