import Link from "next/link";

/**
 * The header's account area. It only offers sign-in and sign-up for now; the identity
 * work replaces this body with the signed-in user's menu, which is why it is its own
 * component.
 */
export function AccountSlot() {
  return (
    <div className="flex items-center gap-1 sm:gap-2">
      <Link
        href="/sign-in"
        className="rounded-md px-2 py-2 text-sm font-medium whitespace-nowrap text-slate-700 hover:text-brand-800 hover:underline sm:px-3"
      >
        Sign in
      </Link>
      <Link
        href="/sign-up"
        className="rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold whitespace-nowrap text-white hover:bg-brand-800"
      >
        Join
      </Link>
    </div>
  );
}
