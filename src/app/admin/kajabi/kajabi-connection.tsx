import { AdminEmptyState } from "@/ui/admin/admin-empty-state";
import { getEnv } from "@/server/env";
import { KAJABI_TEST_TAG } from "@/server/kajabi/build-kajabi-test-delivery";
import { SendTestEventForm } from "./test-event-form";

export function NoEventsYet() {
  return (
    <AdminEmptyState title="No Kajabi events yet">
      <p className="mx-auto max-w-xl">
        Events arrive when Kajabi’s hooks post a course-completion tag to{" "}
        <code className="font-mono">POST /api/kajabi/webhook</code> (register them with{" "}
        <code className="font-mono">npm run kajabi:hooks -- register</code>), or when another sender
        posts a body signed in the <code className="font-mono">X-Kajabi-Signature</code> header. The
        README’s Kajabi section explains the setup; “Send a test event” below checks it.
      </p>
    </AdminEmptyState>
  );
}

/** How Kajabi proves its deliveries here, and a test delivery through the real endpoint. */
export function KajabiConnectionSection() {
  const { KAJABI_WEBHOOK_TOKEN: token, KAJABI_WEBHOOK_SECRET: secret } = getEnv();
  const accepted = [
    token && "Kajabi’s own hooks, by the token in their URL (KAJABI_WEBHOOK_TOKEN)",
    secret && "signed deliveries, by the X-Kajabi-Signature header (KAJABI_WEBHOOK_SECRET)",
  ].filter(Boolean);
  return (
    <section
      aria-labelledby="test-event-heading"
      className="mt-6 rounded-xl border border-slate-200 bg-slate-50 p-4"
    >
      <h2 id="test-event-heading" className="text-lg font-semibold text-slate-900">
        Check the connection
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        {accepted.length > 0
          ? `The webhook accepts ${accepted.join(" and ")}.`
          : "The webhook is not configured: set KAJABI_WEBHOOK_TOKEN on the server, then register Kajabi’s hooks with npm run kajabi:hooks -- register."}
      </p>
      <p className="mt-1 text-sm text-slate-600">
        “Send a test event” posts a Kajabi-style <code className="font-mono">tag_added</code> for a
        test contact through <code className="font-mono">POST /api/kajabi/webhook</code>, the way
        Kajabi does. Its tag, <code className="font-mono">{KAJABI_TEST_TAG}</code>, is not a course,
        so it is stored and ignored. The events’ Auth column says which proof each one carried:
        Token (Kajabi’s hooks) or Signature.
      </p>
      <SendTestEventForm />
    </section>
  );
}
