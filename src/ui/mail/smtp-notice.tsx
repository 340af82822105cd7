/** Whether mail leaves the server: without SMTP_URL nothing is sent (docs/product.md §13). */
export function SmtpNotice({ configured }: { configured: boolean }) {
  if (configured) return null;
  return (
    <div
      role="note"
      className="mt-6 rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900"
    >
      <p className="font-semibold">SMTP is not configured: no mail is sent.</p>
      <p className="mt-1">
        Messages wait here as pending and can be read below. Set <code>SMTP_URL</code> (e.g.{" "}
        <code>smtps://user:pass@smtp.example.org:465</code>) and restart; the waiting messages are
        then delivered.
      </p>
    </div>
  );
}
