import "server-only";
import { inArray, sum } from "drizzle-orm";
import { isActivityCode } from "../activities/activity-canon";
import { computeCredit } from "../credit/compute-credit";
import { points_ledger } from "../db/schema";
import type { Tx } from "../db/types";
import type { SubmissionDto } from "./submission-dto";

/** What tells one submission from another in a list (docs/product.md §4). */
export interface SubmissionSummary {
  /** The course, the idea, the session or the first words of the text. */
  title: string;
  /** The day of the work itself (course completed, class, session), when the activity has one. */
  workDate: string | null;
  /**
   * `earned`: what the approval credited, from the ledger; `quote`: what approving now
   * would credit (PENDING only). Null for rejected and withdrawn submissions.
   */
  points: { kind: "earned" | "quote"; value: number } | null;
  /** The first image attachment, for a thumbnail. */
  thumbnailKey: string | null;
}

const TITLE_WORDS = 8;
const TITLE_CHARACTERS = 60;

/**
 * The summary of each submission, keyed by id, for the educator's list and the review
 * queue alike. Runs in the reader's transaction: approved points come from one ledger
 * query for the whole page; a pending submission's points are computeCredit's quote,
 * the number the review page shows.
 */
export async function describeSubmissions(
  tx: Tx,
  items: readonly SubmissionDto[],
): Promise<Map<string, SubmissionSummary>> {
  const earned = await earnedPoints(
    tx,
    items.filter((item) => item.status === "APPROVED").map((item) => item.id),
  );
  const summaries = new Map<string, SubmissionSummary>();
  for (const item of items) {
    const payload = isRecord(item.payload) ? item.payload : {};
    summaries.set(item.id, {
      title: titleOf(item.activity, payload),
      workDate: workDateOf(item.activity, payload),
      points: await pointsOf(tx, item, earned),
      thumbnailKey: item.attachments.find((file) => file.type.startsWith("image/"))?.key ?? null,
    });
  }
  return summaries;
}

async function pointsOf(
  tx: Tx,
  item: SubmissionDto,
  earned: Map<string, number>,
): Promise<SubmissionSummary["points"]> {
  if (item.status === "APPROVED") return { kind: "earned", value: earned.get(item.id) ?? 0 };
  if (item.status !== "PENDING" || !isActivityCode(item.activity)) return null;
  const quote = await computeCredit(tx, {
    id: item.id,
    userId: item.userId,
    activity: item.activity,
    payload: item.payload,
  });
  return { kind: "quote", value: quote.points };
}

/** The ledger rows an approval wrote (`submission:<id>:approved`), summed per submission. */
async function earnedPoints(tx: Tx, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const eventIds = ids.map((id) => `submission:${id}:approved`);
  const rows = await tx
    .select({ eventId: points_ledger.external_event_id, points: sum(points_ledger.delta_points) })
    .from(points_ledger)
    .where(inArray(points_ledger.external_event_id, eventIds))
    .groupBy(points_ledger.external_event_id);
  return new Map(
    rows.map((row) => [row.eventId!.split(":")[1]!, Number(row.points ?? 0)] as const),
  );
}

function titleOf(activity: string, payload: Record<string, unknown>): string {
  switch (activity) {
    case "LEARN":
      return text(payload.courseName) || "Course certificate";
    case "EXPLORE":
      return firstWords(text(payload.reflection)) || "Classroom reflection";
    case "AMPLIFY":
      return (
        text(payload.sessionTitle) ||
        `${count(payload.peersTrained)} peers, ${count(payload.studentsTrained)} students`
      );
    case "PRESENT":
      return firstWords(text(payload.caption)) || "LinkedIn post";
    case "SHINE":
      return text(payload.ideaTitle) || "Idea";
    default:
      return "Evidence";
  }
}

const WORK_DATE_FIELD: Record<string, string> = {
  LEARN: "completedAt",
  EXPLORE: "classDate",
  AMPLIFY: "sessionDate",
};

function workDateOf(activity: string, payload: Record<string, unknown>): string | null {
  const field = WORK_DATE_FIELD[activity];
  const value = field ? text(payload[field]) : "";
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

/** The first words of a text, cut at a word and marked with "…" when there is more. */
function firstWords(value: string): string {
  const words = value.split(/\s+/).filter(Boolean);
  let title = "";
  for (const word of words.slice(0, TITLE_WORDS)) {
    const next = title ? `${title} ${word}` : word;
    if (next.length > TITLE_CHARACTERS) break;
    title = next;
  }
  if (!title) title = value.slice(0, TITLE_CHARACTERS);
  return title.length < words.join(" ").length ? `${title}…` : title;
}

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

function count(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return Boolean(value) && typeof value === "object" && !Array.isArray(value);
}
