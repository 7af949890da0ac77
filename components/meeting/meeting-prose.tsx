/** A summary or the stated outcomes: words taken from the articles, so in their language. */
export function MeetingProse({ id, heading, text }: { id: string; heading: string; text: string }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="font-serif text-xl font-semibold">
        {heading}
      </h2>
      <p lang="ru" className="mt-2 max-w-prose font-serif text-lg leading-relaxed">
        {text}
      </p>
    </section>
  );
}
