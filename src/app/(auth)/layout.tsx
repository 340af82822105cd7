/** Sign-in and sign-up share one narrow, centred column. */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <div className="mx-auto w-full max-w-md px-4 py-12 sm:px-6 sm:py-16">{children}</div>;
}
