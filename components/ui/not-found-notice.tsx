import { Link } from "@/components/ui/link";

/** A missing record: what happened, and the way to the index it should have been in. */
export function NotFoundNotice({ title, text, backHref, back }: { title: string; text: string; backHref: string; back: string }) {
  return (
    <section aria-labelledby="not-found-title" className="max-w-prose">
      <h1 id="not-found-title" className="font-serif text-3xl font-semibold">
        {title}
      </h1>
      <p className="mt-4 text-stone-700 dark:text-stone-300">{text}</p>
      <p className="mt-6">
        <Link href={backHref} className="underline underline-offset-2">
          {back}
        </Link>
      </p>
    </section>
  );
}
