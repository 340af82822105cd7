/**
 * A one-line confirmation after a redirect ("Your evidence is submitted."). A status
 * region, so it is announced politely, styled like the forms' success banner.
 */
export function NoticeBanner({ message }: { message?: string }) {
  return (
    <div role="status">
      {message ? (
        <p className="mt-4 rounded-lg border border-brand-300 bg-brand-50 px-4 py-3 text-sm font-medium text-brand-900">
          {message}
        </p>
      ) : null}
    </div>
  );
}
