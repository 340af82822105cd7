import { activityEditInput } from "../../activities/activity-edit-input";
import { analyticsFilterFields } from "../../analytics/analytics-filters";
import { listAuditFields } from "../../audit/list-audit-entries";
import { changeRolesInput } from "../../users/preview-role-changes";
import type { ApiOperation } from "../api-operation";

/**
 * The admin overview's numbers, the audit log, activity settings and bulk role changes
 * (docs/product.md §15).
 */
export const ANALYTICS_OPERATIONS: ApiOperation[] = [
  {
    method: "get",
    path: "/api/admin/analytics",
    summary:
      "The admin overview's numbers for a UTC date range (both ends inclusive; default the last 84 days, at most 731) and optionally one cohort: totals, time-to-review (median, p90, hours), per ISO week (Monday, UTC) submissions by status, reviews, backlog at the week's end and active educators; points by activity; cohorts side by side",
    access: "reviewer",
    query: analyticsFilterFields,
    success: {
      status: 200,
      description:
        '{"filters","totals","timeToReview":{"reviewed","medianHours","p90Hours"},"weeks":[…],"pointsByActivity":[…],"cohorts":[…],"cohortNames":[…]}',
    },
  },
  {
    method: "get",
    path: "/api/admin/audit",
    summary:
      "The audit log newest first; actor and target match an id or a user's handle; from/to are inclusive UTC dates; pass the previous page's nextCursor as cursor",
    access: "admin",
    query: listAuditFields,
    success: {
      status: 200,
      description:
        '{"items":[{"id","actorId","action","targetId","meta","createdAt","description"}],"nextCursor"}',
    },
  },
  {
    method: "patch",
    path: "/api/admin/activities/{code}",
    summary:
      "Change an activity's default points (0–1000; Amplify and Shine stay 0) or description; later credits use the new value, ledger rows already written are untouched; audited",
    access: "admin",
    body: activityEditInput,
    success: { status: 200, description: '{"code","name","defaultPoints","description"}' },
  },

  {
    method: "post",
    path: "/api/admin/users/roles",
    summary:
      "Give many users one role, all or nothing: each is checked by the single change's rules (nobody changes their own role; only a superadmin grants or removes admin and superadmin; the last superadmin stays); one audit row per changed user",
    access: "admin",
    body: changeRolesInput,
    success: { status: 200, description: '{"updated":[id…],"unchanged":[id…]}' },
  },
];
