import { jsonLdText } from "@/lib/seo/json-ld";

/** schema.org data for search engines; escaped so no string in it can end the script element. */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
