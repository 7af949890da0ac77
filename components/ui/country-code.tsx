/** A participant's country as its ISO code, named in full for those who hover or use a screen reader. */
export function CountryCode({ code, name }: { code: string; name?: string }) {
  return (
    <abbr title={name} className="country-code">
      {code}
    </abbr>
  );
}
