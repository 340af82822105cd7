import "server-only";
import { cache } from "react";
import { AppError } from "@/server/errors";
import { getCachedPublicProfile } from "@/server/profiles/cached-public-profile";
import type { PublicProfile } from "@/server/profiles/get-public-profile";

const HANDLE = /^[a-z0-9_-]{3,30}$/;

/**
 * The profile behind /u/<handle>, or null when there is none to show. Memoised per
 * request, so generateMetadata and the page share one read; a string that cannot be a
 * handle never reaches the database.
 */
export const loadProfile = cache(async (handle: string): Promise<PublicProfile | null> => {
  if (!HANDLE.test(handle.toLowerCase())) return null;
  try {
    return await getCachedPublicProfile(handle);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
});
