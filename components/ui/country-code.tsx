/** A participant's country as its ISO code, named in full for those who hover or use a screen reader. */
export function CountryCode({ code, name }: { code: string; name?: string }) {
  return (
    <abbr
      title={name}
      className="rounded-sm bg-stone-200 px-1 font-mono text-[0.7rem] font-semibold text-stone-700 no-underline dark:bg-stone-800 dark:text-stone-300"
    >
      {code}
    </abbr>
  );
}
