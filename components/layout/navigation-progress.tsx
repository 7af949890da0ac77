"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";

// Addresses the browser downloads or opens as files, which Next does not render: no page follows them.
const NOT_A_PAGE = /^\/api\/|\.(csv|json|xml|ics|txt)$/;
const GIVE_UP_MS = 15_000;

/**
 * The loading state of every route: a thin bar at the top while the next page is on its way, announced
 * to screen readers, shown only after a short delay (most pages arrive first). It replaces per-route
 * `loading.tsx` files on purpose: those stream the page into hidden parts that only JavaScript reveals,
 * so a reader without it saw the placeholder forever (vercel/next.js#50150), and every page here works
 * without JavaScript. A page rendered at a new address ends the wait; so does a give-up timer.
 */
export function NavigationProgress({ label }: { label: string }) {
  const here = `${usePathname()}?${useSearchParams().toString()}`;
  const [leaving, setLeaving] = useState<string | null>(null);
  const pending = leaving === here;

  useEffect(() => {
    const start = () => setLeaving(`${location.pathname}?${location.search.slice(1)}`);
    const onClick = (e: MouseEvent) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = e.target instanceof Element ? e.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== "_self") || link.hasAttribute("download")) return;
      const url = new URL(link.href);
      if (url.origin !== location.origin || NOT_A_PAGE.test(url.pathname)) return;
      if (url.pathname === location.pathname && url.search === location.search) return; // the same page, or an anchor in it
      start();
    };
    const onSubmit = (e: SubmitEvent) => {
      if (!e.defaultPrevented && e.target instanceof HTMLFormElement && e.target.method === "get") start();
    };
    // Capture: Next's links cancel the browser's navigation (to make their own) before the event bubbles up.
    document.addEventListener("click", onClick, true);
    document.addEventListener("submit", onSubmit);
    return () => {
      document.removeEventListener("click", onClick, true);
      document.removeEventListener("submit", onSubmit);
    };
  }, []);

  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => setLeaving(null), GIVE_UP_MS);
    return () => clearTimeout(timer);
  }, [pending]);

  if (!pending) return null;
  return (
    <div role="status" className="nav-progress" data-testid="navigation-progress">
      <span className="sr-only">{label}</span>
    </div>
  );
}
