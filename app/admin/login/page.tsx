import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/sign-in-form";
import { getCurrentEditor } from "@/lib/auth/current-editor";
import { getMessages } from "@/lib/i18n/locale";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.admin.signIn.title, robots: { index: false } };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ signedOut?: string }> }) {
  if (await getCurrentEditor()) redirect("/admin");
  const [{ locale, t }, { signedOut }] = await Promise.all([getMessages(), searchParams]);
  return (
    <section aria-labelledby="sign-in-title">
      <h1 id="sign-in-title" className="mb-6 font-serif text-3xl font-semibold">
        {t.admin.signIn.title}
      </h1>
      {signedOut && (
        <p role="status" className="mb-4 text-stone-700 dark:text-stone-300">
          {t.admin.signIn.signedOut}
        </p>
      )}
      <SignInForm locale={locale} />
    </section>
  );
}
