import "server-only";
import { eq, sql } from "drizzle-orm";
import { dbSession } from "../db/db-session";
import { activities, activity_descriptions } from "../db/schema";
import { withUser } from "../db/with-user";
import type { UserRow } from "../users/user-dto";
import type { ActivityDto } from "./update-activity";

/** The activities in LEAPS order, as the admin edits them. */
export async function listActivities(viewer: UserRow): Promise<ActivityDto[]> {
  return withUser(dbSession(viewer), (tx) =>
    tx
      .select({
        code: activities.code,
        name: activities.name,
        defaultPoints: activities.default_points,
        description: sql<string>`coalesce(${activity_descriptions.description}, '')`,
      })
      .from(activities)
      .leftJoin(activity_descriptions, eq(activity_descriptions.activity_code, activities.code))
      .orderBy(
        sql`array_position(ARRAY['LEARN','EXPLORE','AMPLIFY','PRESENT','SHINE'], ${activities.code})`,
        activities.code,
      ),
  );
}
