import type { ApiOperation } from "../api-operation";
import { confirmDeletionInput } from "../../privacy/confirm-account-deletion";
import { deleteAccountInput } from "../../privacy/delete-own-account";

/** One's own data and account (docs/product.md §8): export and deletion. */
export const PRIVACY_OPERATIONS: ApiOperation[] = [
  {
    method: "get",
    path: "/api/me/export",
    summary: "Download all of one's own data",
    access: "user",
    success: {
      status: 200,
      description:
        "JSON attachment: profile, settings, submissions, uploads, ledger, badges, audit rows about the person",
    },
  },
  {
    method: "delete",
    path: "/api/me",
    summary: "Delete one's own account (local: current password; Clerk: mails a confirmation link)",
    access: "user",
    body: deleteAccountInput,
    success: {
      status: 204,
      description:
        'Local mode: account anonymised, files removed, signed out. Clerk mode: 202 {"status":"mailed"}',
    },
  },
  {
    method: "post",
    path: "/api/me/deletion/confirm",
    summary: "Confirm an account deletion with the mailed token",
    access: "public",
    body: confirmDeletionInput,
    success: { status: 204, description: "The account is anonymised and its files removed" },
  },
];
