import type { ApiOperation } from "../api-operation";
import { signInInput } from "../../auth/local/sign-in-with-password";
import { signUpInput } from "../../auth/local/sign-up-with-password";
import { meInput } from "../../privacy/me-input";

/** Signing in and out, and one's own account. */
export const ACCOUNT_OPERATIONS: ApiOperation[] = [
  {
    method: "post",
    path: "/api/auth/sign-up",
    summary: "Create a local account and sign in",
    access: "public",
    body: signUpInput,
    success: { status: 201, description: '{"user":{…}} and the session cookie' },
  },
  {
    method: "post",
    path: "/api/auth/sign-in",
    summary: "Sign in to a local account",
    access: "public",
    body: signInInput,
    success: { status: 200, description: '{"user":{…}} and the session cookie' },
  },
  {
    method: "post",
    path: "/api/auth/sign-out",
    summary: "End the session",
    access: "public",
    success: { status: 204, description: "The session cookie is cleared" },
  },
  {
    method: "get",
    path: "/api/me",
    summary: "The signed-in user with their points",
    access: "user",
    success: {
      status: 200,
      description:
        "id, handle, name, email, role, school, cohort, avatarUrl, points, emailVerified",
    },
  },
  {
    method: "patch",
    path: "/api/me",
    summary: "Edit one's profile and the public-pages switch (publicProfile)",
    access: "user",
    body: meInput,
    success: { status: 200, description: "The user with publicProfile" },
  },
  {
    method: "post",
    path: "/api/locale",
    summary:
      "Choose the language (form fields locale=en|id and returnTo): sets NEXT_LOCALE and, signed in, saves it for mails",
    access: "public",
    success: { status: 303, description: "Back to returnTo (a path on this site), cookie set" },
  },
];
