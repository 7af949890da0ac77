import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getTopic } from "@/lib/queries/get-topic";
import { slugSchema } from "@/lib/validation/page-params";

/**
 * Answers an unknown slug with a real 404 status: the check runs here, before this segment's loading
 * state starts streaming (after that the status is fixed at 200). getTopic is cached per request.
 */
export default async function TopicLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const slug = slugSchema.safeParse((await params).slug);
  if (!slug.success || !(await getTopic(slug.data))) notFound();
  return children;
}
