import { worldSvg } from "@/lib/map/world-svg";

// The same for every request: built once at build time and served as a file.
export const dynamic = "force-static";

export function GET() {
  return new Response(worldSvg(), { headers: { "Content-Type": "image/svg+xml", "Cache-Control": "public, max-age=86400" } });
}
