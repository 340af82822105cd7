import type { ApiOperation } from "../api-operation";
import { badgeRecipientInput } from "../../badges/badge-recipient-input";
import { createBadgeInput, updateBadgeInput } from "../../badges/badge-inputs";
import { exportFilterFields } from "../../exports/export-filters";
import { assignCohortInput } from "../../users/assign-cohort";
import { listUsersInput } from "../../users/list-users";
import { adminUserInput } from "../../users/admin-user-input";

/** Administering users and badges; CSV exports. */
export const ADMIN_OPERATIONS: ApiOperation[] = [
  {
    method: "get",
    path: "/api/admin/exports/{file}",
    summary:
      "CSV export, `file` one of submissions.csv, users.csv, leaderboard.csv, points.csv, audit.csv: UTF-8 with BOM, streamed, audited; each kind applies the filters that fit it (dates are inclusive, on created_at)",
    access: "admin",
    query: exportFilterFields,
    success: { status: 200, description: "text/csv; a header row, then one row per record" },
  },
  {
    method: "get",
    path: "/api/admin/users",
    summary: "Users: search, filter, paginate",
    access: "admin",
    query: listUsersInput,
    success: { status: 200, description: '{"items":[…],"total",…}' },
  },
  {
    method: "get",
    path: "/api/admin/users/{id}",
    summary: "A user with their audit trail",
    access: "admin",
    success: { status: 200, description: '{"user","audit"}' },
  },
  {
    method: "patch",
    path: "/api/admin/users/{id}",
    summary:
      "Edit role, cohort, school, handle, Kajabi contact id; a field whose `expected` value is out of date is refused (409)",
    access: "admin",
    body: adminUserInput,
    success: { status: 200, description: "The user" },
  },
  {
    method: "post",
    path: "/api/admin/users/cohort",
    summary: "Assign a cohort to many users",
    access: "admin",
    body: assignCohortInput,
    success: { status: 200, description: '{"updated","unchanged","notFound"}' },
  },
  {
    method: "get",
    path: "/api/admin/badges",
    summary: "The badge catalogue",
    access: "admin",
    success: { status: 200, description: '{"items":[…]}' },
  },
  {
    method: "post",
    path: "/api/admin/badges",
    summary: "Create a badge",
    access: "admin",
    body: createBadgeInput,
    success: { status: 201, description: "The badge" },
  },
  {
    method: "patch",
    path: "/api/admin/badges/{code}",
    summary: "Edit a badge",
    access: "admin",
    body: updateBadgeInput,
    success: { status: 200, description: "The badge" },
  },
  {
    method: "post",
    path: "/api/admin/badges/{code}/award",
    summary: "Award a badge to a user",
    access: "admin",
    body: badgeRecipientInput,
    success: { status: 200, description: '{"awarded"}' },
  },
  {
    method: "post",
    path: "/api/admin/badges/{code}/revoke",
    summary: "Revoke a user's badge",
    access: "admin",
    body: badgeRecipientInput,
    success: { status: 204, description: "Revoked" },
  },
];
