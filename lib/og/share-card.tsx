import { ImageResponse } from "next/og";
import { CARD_FONT, cardFonts } from "./card-fonts";

/** The size every social network shows at full width. */
export const CARD_SIZE = { width: 1200, height: 630 };
export const CARD_TYPE = "image/png";

export interface ShareCardContent {
  /** Small capitals above the title: what the page is (`Переговоры · 12 февраля 2026`). */
  eyebrow: string;
  title: string;
  /** Up to four lines under the title: people with their posts, a place. */
  lines: string[];
  /** The archive's name and tagline, in the page's language. */
  siteName: string;
  tagline: string;
}

/** Titles past this are cut with an ellipsis: three lines of the card at its size. */
const TITLE_CHARACTERS = 110;
const LINES = 4;
const LINE_CHARACTERS = 90;

const cut = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/**
 * The picture a shared link to a meeting or an official shows (`og:image`): the page's title and the
 * facts a reader decides by, in the archive's serif on its paper colour. Drawn per request from the
 * database, like the page; the response cache keeps it like any page.
 */
export async function shareCard(content: ShareCardContent): Promise<ImageResponse> {
  const fonts = await cardFonts();
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: "64px 72px", background: "#fafaf9", color: "#1c1917", fontFamily: CARD_FONT }}>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ fontSize: 26, letterSpacing: 3, textTransform: "uppercase", color: "#57534e" }}>{cut(content.eyebrow, LINE_CHARACTERS)}</div>
          <div style={{ marginTop: 24, fontSize: 58, fontWeight: 700, lineHeight: 1.15 }}>{cut(content.title, TITLE_CHARACTERS)}</div>
          <div style={{ marginTop: 28, display: "flex", flexDirection: "column" }}>
            {content.lines.slice(0, LINES).map((line, i) => (
              <div key={i} style={{ fontSize: 28, lineHeight: 1.4, color: "#44403c" }}>
                {cut(line, LINE_CHARACTERS)}
              </div>
            ))}
          </div>
        </div>
        <div style={{ display: "flex", alignItems: "baseline", borderTop: "2px solid #d6d3d1", paddingTop: 20 }}>
          <div style={{ fontSize: 32, fontWeight: 700 }}>{content.siteName}</div>
          <div style={{ marginLeft: 20, fontSize: 24, color: "#57534e" }}>{content.tagline}</div>
        </div>
      </div>
    ),
    { ...CARD_SIZE, fonts },
  );
}
