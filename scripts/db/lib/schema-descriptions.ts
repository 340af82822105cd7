/**
 * The prose of docs/DATABASE.md that a schema cannot carry: what each enum value, table,
 * column, view and function is for. Wording follows the schema document the project
 * was created from (stated as data in tests/integration/schema-conformance.test.ts).
 */
export const ENUM_VALUE_DESCRIPTIONS: Record<string, Record<string, string>> = {
  Role: {
    PARTICIPANT: "Default role for educators",
    REVIEWER: "Can review and approve submissions",
    ADMIN: "Full administrative access",
    SUPERADMIN: "System-level administrative access",
  },
  SubmissionStatus: {
    PENDING: "Awaiting review",
    APPROVED: "Accepted and points awarded",
    REJECTED: "Rejected with review notes",
  },
  Visibility: {
    PUBLIC: "Visible on public profiles and leaderboard",
    PRIVATE: "Only visible to user and reviewers",
  },
  LedgerSource: {
    MANUAL: "Manually adjusted by admin",
    WEBHOOK: "Automatic via Kajabi webhook",
    FORM: "Through submission approval process",
  },
};

export const TABLE_DESCRIPTIONS: Record<string, { model: string; description: string }> = {
  users: { model: "User", description: "Application users: local accounts or synced from Clerk." },
  activities: {
    model: "Activity",
    description: "The 5 LEAPS framework activities (Learn, Explore, Amplify, Present, Shine).",
  },
  submissions: {
    model: "Submission",
    description: "Evidence submissions for LEAPS activities with review workflow.",
  },
  points_ledger: {
    model: "PointsLedger",
    description: "Append-only ledger tracking all point changes for audit trail.",
  },
  badges: {
    model: "Badge",
    description: "Achievement badges that users can earn based on criteria.",
  },
  earned_badges: {
    model: "EarnedBadge",
    description: "Junction table tracking which badges users have earned.",
  },
  kajabi_events: {
    model: "KajabiEvent",
    description: "Webhook events from Kajabi for automatic Learn activity credit.",
  },
  audit_log: {
    model: "AuditLog",
    description: "System audit trail for administrative actions and changes.",
  },
};

export const COLUMN_DESCRIPTIONS: Record<string, string> = {
  "users.id": "Unique identifier, mirrors the Clerk user id (`user_…`)",
  "users.handle": "Unique username/handle for public profile URLs",
  "users.kajabi_contact_id": "Kajabi contact ID for webhook matching",
  "activities.default_points": "Standard points awarded for this activity",
  "submissions.visibility": "Controls public/private visibility on profiles",
  "submissions.payload": "Activity-specific submission data (JSON)",
  "submissions.attachments": "Array of file storage paths",
  "submissions.updated_at": "Maintained by the submissions_set_updated_at trigger",
  "points_ledger.delta_points": "Point change (positive or negative)",
  "points_ledger.external_event_id": "Unique ID for idempotent crediting (docs/product.md §5)",
  "kajabi_events.id": "The Kajabi event_id",
  "kajabi_events.payload": "The webhook body as received",
};

export const RELATION_DESCRIPTIONS: Record<string, string> = {
  "submissions.user_id": "User who created this submission",
  "submissions.activity_code": "LEAPS activity this submission is for",
  "points_ledger.user_id": "User these points belong to",
  "points_ledger.activity_code": "Activity these points were earned for",
  "earned_badges.user_id": "User who earned the badge",
  "earned_badges.badge_code": "The badge earned",
};

export const VIEW_DESCRIPTIONS: Record<string, string> = {
  leaderboard_totals:
    "All-time leaderboard: PARTICIPANT users with a positive total, competition rank (1, 2, 2, 4). Refreshed by `refresh_leaderboards()`.",
  leaderboard_30d:
    "Rolling 30-day leaderboard over ledger rows of the last 30 days. Refreshed by `refresh_leaderboards()`.",
  public_profiles: "Public columns of every user (no email, no Kajabi contact id).",
  user_points_summary:
    "Points per user, in total and per activity; runs with the caller's rights (security_invoker).",
  public_submission_metrics:
    "Per activity: submission counts by status and visibility, participants, points awarded. No personal data.",
};

export const FUNCTION_DESCRIPTIONS: Record<string, string> = {
  "auth.get_user_id()":
    "The `sub` of `request.jwt.claims`, or NULL (an empty setting is tolerated).",
  "auth.get_user_role()":
    "The caller's `users.role`, looked up by `auth.get_user_id()`; the claims never grant a role.",
  "auth.is_admin()": "True for ADMIN and SUPERADMIN.",
  "auth.is_reviewer()": "True for REVIEWER, ADMIN and SUPERADMIN.",
  "get_user_total_points(text)": "A user's total for themselves or an admin; NULL for anyone else.",
  "refresh_leaderboards()":
    "Refreshes both leaderboards CONCURRENTLY under an advisory lock: safe to call concurrently, readers never blocked.",
  "refuse_append_only_change()":
    "Trigger: refuses UPDATE, DELETE and TRUNCATE on points_ledger and audit_log, for every role.",
  "set_updated_at()": "Trigger: keeps submissions.updated_at current.",
  "submissions_guard_owner_update()":
    "Trigger: through RLS, owners never change review fields or status, and only the visibility once reviewed.",
  "users_guard_update()":
    "Trigger: through RLS, owners edit name/handle/school/avatar; admins also role/cohort/Kajabi id; nobody their own role; only a SUPERADMIN grants or removes ADMIN/SUPERADMIN.",
  "users_keep_last_superadmin()":
    "Trigger: the last SUPERADMIN can be neither demoted nor deleted.",
};
