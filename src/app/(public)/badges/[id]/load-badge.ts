import "server-only";
import { cache } from "react";
import { getPageUser } from "@/server/auth/page-guards";
import { AppError } from "@/server/errors";
import { getBadgeCredential } from "@/server/credentials/get-badge-credential";

/** The badge page's credential view, once per request (page, metadata, image), or null. */
export const loadBadge = cache(async (id: string) => {
  try {
    return await getBadgeCredential(id, await getPageUser());
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
});
