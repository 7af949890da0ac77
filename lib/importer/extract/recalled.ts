/** `Напомним, …`, `Как сообщалось, …`, `Последний раз … встречались`, `Летом, напомним, …`: the sentence recalls an earlier event (the stricter part of the
 *  background openings: `Ранее в тот же день …` still tells the story's day). Meetings it tells are
 *  background; years it names are past when the story is written. */
export const RECALLED = /^(?:(?:[^,.;:!?]{1,40},\s*)?(?:напомним|как\s+известно|как\s+сообщалось)|ранее\s+сообщалось|(?:в\s+)?последний\s+раз|(?:в\s+)?предыдущий\s+раз)(?!\p{L})/iu;
