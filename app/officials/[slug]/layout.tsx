import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getOfficial } from "@/lib/queries/get-official";
import { slugSchema } from "@/lib/validation/page-params";

/**
 * Answers an unknown slug with a real 404 status: the check runs here, before this segment's loading
 * state starts streaming (after that the status is fixed at 200). getOfficial is cached per request,
 * so the page does not query again.
 */
export default async function OfficialLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const slug = slugSchema.safeParse((await params).slug);
  if (!slug.success || !(await getOfficial(slug.data))) notFound();
  return children;
}
