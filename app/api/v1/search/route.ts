import { NextResponse, type NextRequest } from "next/server";
import { searchArticles } from "@/lib/queries/search-articles";
import { rawParams } from "@/lib/search/raw-params";
import { searchParamsSchema } from "@/lib/validation/search-params";

// Every request reads the live archive.
export const dynamic = "force-dynamic";

/** GET /api/v1/search — the /search page's results as JSON, same parameters; 400 names a bad parameter. */
export async function GET(request: NextRequest) {
  const parsed = searchParamsSchema.safeParse(rawParams(request.nextUrl.searchParams));
  if (!parsed.success) {
    const parameters = parsed.error.issues.map((i) => ({ name: String(i.path[0] ?? ""), message: i.message }));
    return NextResponse.json(
      { error: { message: `Invalid parameter${parameters.length > 1 ? "s" : ""}: ${parameters.map((p) => p.name).join(", ")}`, parameters } },
      { status: 400 },
    );
  }
  try {
    const started = performance.now();
    const result = await searchArticles(parsed.data);
    return NextResponse.json(result, { headers: { "Server-Timing": `search;dur=${(performance.now() - started).toFixed(1)}` } });
  } catch (error) {
    console.error("search failed", error);
    return NextResponse.json({ error: { message: "Search failed; please try again." } }, { status: 500 });
  }
}
