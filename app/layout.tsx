import type { Metadata } from "next";
import { Suspense, type ReactNode } from "react";
import { NavigationProgress } from "@/components/layout/navigation-progress";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { siteAlternates } from "@/lib/feeds/alternates";
import { getMessages } from "@/lib/i18n/locale";
import { editionMetadata } from "@/lib/seo/edition-metadata";
import { siteOrigin } from "@/lib/seo/site-origin";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const [{ t }, edition, origin] = await Promise.all([getMessages(), editionMetadata(), siteOrigin()]);
  return {
    metadataBase: new URL(origin),
    title: { default: `${t.siteName} — ${t.tagline}`, template: `%s · ${t.siteName}` },
    description: t.footer,
    alternates: { ...edition.alternates, ...siteAlternates(t) },
    openGraph: { ...edition.openGraph, siteName: t.siteName },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getMessages();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        {/* Reads the address on the client only: its own boundary keeps static pages static. */}
        <Suspense fallback={null}>
          <NavigationProgress label={t.loading} />
        </Suspense>
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          {t.skipToContent}
        </a>
        <SiteHeader locale={locale} t={t} />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter t={t} />
      </body>
    </html>
  );
}
