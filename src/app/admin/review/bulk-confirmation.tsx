"use client";

import { useEffect, useRef } from "react";
import { useFormStatus } from "react-dom";
import { primaryButtonClass, secondaryButtonClass } from "@/ui/forms/button-styles";
import { pointsLabel } from "./points-label";
import type { BulkReviewConfirmation } from "./review-states";

/**
 * The question a bulk review asks before it writes anything: how many submissions and,
 * when approving, how many points. Its buttons submit the bulk form again (the server
 * decides, no client-side dialog): Confirm with the quoted selection, Cancel to go back.
 */
export function BulkConfirmation({ confirm }: { confirm: BulkReviewConfirmation }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { pending } = useFormStatus();
  // The question replaces the button just pressed: take the focus there.
  useEffect(() => heading.current?.focus(), [confirm]);
  const approving = confirm.action === "approve";
  const refused = confirm.selected - confirm.reviewable;
  return (
    <section
      aria-labelledby="bulk-confirm-question"
      className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-slate-800 lg:max-w-md"
    >
      <h2
        id="bulk-confirm-question"
        ref={heading}
        tabIndex={-1}
        className="text-base font-semibold text-slate-900 focus:outline-none"
      >
        {approving
          ? `Approve ${submissions(confirm.selected)} for ${pointsLabel(confirm.points)}?`
          : `Reject ${submissions(confirm.selected)}?`}
      </h2>
      <ul className="mt-2 flex list-disc flex-col gap-1 pl-5">
        <li>
          {approving
            ? "Each is credited what the point rules give it now; the report afterwards shows what was credited."
            : "No points are credited; every educator gets your note."}
        </li>
        {approving && confirm.sharedEducator ? (
          <li>Some educators have more than one of these: together they may earn less.</li>
        ) : null}
        {refused > 0 ? (
          <li>
            {submissions(refused)} can no longer be {approving ? "approved" : "rejected"} by you and
            will be refused.
          </li>
        ) : null}
      </ul>
      <input type="hidden" name="quotedAction" value={confirm.action} />
      <input type="hidden" name="quotedIds" value={confirm.ids} />
      <div className="mt-4 flex flex-wrap gap-3">
        <button
          type="submit"
          name="confirm"
          value="yes"
          disabled={pending}
          className={`${primaryButtonClass} py-2.5 disabled:cursor-wait disabled:opacity-80`}
        >
          {approving ? "Confirm approval" : "Confirm rejection"}
        </button>
        <button
          type="submit"
          name="confirm"
          value="no"
          disabled={pending}
          className={`${secondaryButtonClass} py-2.5 disabled:cursor-wait disabled:opacity-80`}
        >
          Cancel
        </button>
      </div>
    </section>
  );
}

function submissions(n: number): string {
  return `${n} ${n === 1 ? "submission" : "submissions"}`;
}
