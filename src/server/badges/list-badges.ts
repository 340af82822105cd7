import "server-only";
import { asc } from "drizzle-orm";
import { privileged } from "../db/privileged";
import { badges } from "../db/schema";
import { toBadgeDto, type BadgeDto } from "./badge-inputs";

/** The badge catalogue, for everyone. */
export async function listBadges(): Promise<BadgeDto[]> {
  const rows = await privileged(
    { system: "badges" },
    (tx) => tx.select().from(badges).orderBy(asc(badges.code)),
    { readOnly: true },
  );
  return rows.map(toBadgeDto);
}
