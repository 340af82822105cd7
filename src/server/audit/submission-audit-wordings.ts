import { activityName, fieldList, number, signed } from "./audit-phrases";
import type { Wording } from "./describe-audit-entry";

/** Evidence, its review and the points it credits (docs/product.md §4–§5), in words. */
export const SUBMISSION_AUDIT_WORDINGS: Record<string, Wording> = {
  "submission.created": (row, meta, say) =>
    say.sentence("audit.entries.submissionCreated", {
      actor: say.person(row.actorId),
      evidence: say.evidence(row, meta.activity),
    }),
  "submission.updated": (row, _meta, say) =>
    say.sentence("audit.entries.submissionUpdated", {
      actor: say.person(row.actorId),
      evidence: say.evidence(row),
    }),
  "submission.visibility_changed": (row, meta, say) =>
    say.sentence(
      meta.visibility === "PUBLIC"
        ? "audit.entries.submissionMadePublic"
        : "audit.entries.submissionMadePrivate",
      { actor: say.person(row.actorId), evidence: say.evidence(row) },
    ),
  "submission.withdrawn": (row, meta, say) =>
    say.sentence("audit.entries.submissionWithdrawn", {
      actor: say.person(row.actorId),
      evidence: say.evidence(row, meta.activity),
    }),
  "submission.approved": (row, meta, say) =>
    say.sentence(
      meta.override
        ? "audit.entries.submissionApprovedOverride"
        : "audit.entries.submissionApproved",
      {
        actor: say.person(row.actorId),
        evidence: say.evidence(row),
        points: signed(meta.points, say),
        computed: say.number(number(meta.computedPoints)),
      },
    ),
  "submission.rejected": (row, _meta, say) =>
    say.sentence("audit.entries.submissionRejected", {
      actor: say.person(row.actorId),
      evidence: say.evidence(row),
    }),
  "submission.reversed": (row, meta, say) =>
    say.sentence("audit.entries.submissionReversed", {
      actor: say.person(row.actorId),
      evidence: say.evidence(row),
      points: signed(-number(meta.pointsReversed), say),
    }),
  "ledger.adjusted": (row, meta, say) => {
    const activity = activityName(meta.activity);
    const values = {
      actor: say.person(row.actorId),
      target: say.person(row.targetId),
      points: activity
        ? say.text("audit.phrases.activityPoints", { activity })
        : say.text("audit.phrases.points"),
      amount: signed(meta.points, say),
    };
    return typeof meta.reason === "string"
      ? say.sentence("audit.entries.ledgerAdjustedReason", { ...values, reason: meta.reason })
      : say.sentence("audit.entries.ledgerAdjusted", values);
  },
  "activity.updated": (row, meta, say) => {
    const activity = activityName(row.targetId);
    return say.sentence("audit.entries.activityUpdated", {
      actor: say.person(row.actorId),
      activity: activity
        ? say.text("audit.phrases.namedActivity", { activity })
        : say.text("audit.phrases.activity"),
      fields: fieldList(meta, say),
    });
  },
};
