import type { Metadata } from "next";
import { ConfirmDeletionForm } from "@/ui/settings/confirm-deletion-form";
import { confirmDeletion } from "@/app/settings/privacy/actions";

export const metadata: Metadata = { title: "Delete your account", robots: { index: false } };

/** Where the mailed deletion link points (docs/product.md §8, Clerk mode). */
export default async function DeleteAccountPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const token = (await searchParams).token;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Delete your account</h1>
      {typeof token === "string" && token.length >= 20 && token.length <= 200 ? (
        <>
          <p className="mt-2 text-slate-700">
            Your name, email, handle, picture and files will be removed and all your evidence
            becomes private. Your points stay in the programme’s totals without your name. This
            cannot be undone.
          </p>
          <ConfirmDeletionForm action={confirmDeletion} token={token} />
        </>
      ) : (
        <p className="mt-2 text-slate-700">
          This link is not complete. Open the link from the email again, or ask for a new one in
          your settings.
        </p>
      )}
    </>
  );
}
