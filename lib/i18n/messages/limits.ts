import { defineMessages, plural } from "./define";

/** What a client told to slow down reads (lib/limits): a 429's body, in the interface language. */
export const limits = defineMessages(
  {
    tooMany: (seconds: number) => `Слишком много запросов подряд. Повторите через ${seconds} ${plural(seconds, "секунду", "секунды", "секунд")}.`,
    streamsBusy: (seconds: number) =>
      `Сейчас выгружается слишком много файлов сразу. Повторите через ${seconds} ${plural(seconds, "секунду", "секунды", "секунд")}.`,
  },
  {
    tooMany: (seconds: number) => `Too many requests in a row. Try again in ${seconds} ${seconds === 1 ? "second" : "seconds"}.`,
    streamsBusy: (seconds: number) => `Too many downloads are running at once. Try again in ${seconds} ${seconds === 1 ? "second" : "seconds"}.`,
  },
);
