/**
 * Clerk mode with no hosted sign-in page configured: say so instead of redirecting to
 * ourselves (signInUrl() falls back to /sign-in, which would loop).
 */
export function SignInUnavailable() {
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Sign-in is unavailable</h1>
      <p className="mt-4 text-slate-700">
        Accounts on this server are managed by an external sign-in service that hasn’t been set up
        yet. Please contact the programme team.
      </p>
    </>
  );
}
