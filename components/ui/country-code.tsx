/** A participant's country as its ISO code, named in full for those who hover or use a screen reader. */
export function CountryCode({ code, name }: { code: string; name?: string }) {
  // No title attribute at all without a name: an absent prop is not sent, an undefined one is.
  return (
    <abbr className="country-code" {...(name ? { title: name } : {})}>
      {code}
    </abbr>
  );
}
