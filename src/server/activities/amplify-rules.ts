import { errorText, fieldProblem, type ErrorText, type FieldProblem } from "../messages/error-text";
import type { CreditQuote } from "./points-rules";

/**
 * The AMPLIFY point rules of docs/product.md §3, pure: points per peer and per student,
 * and the rolling window that caps them. The window of a session dated d holds every
 * session of the same educator dated d−6 … d+6; the caps apply to that window at
 * submission (pending and approved sessions) and at approval (approved ones).
 */

export const AMPLIFY_POINTS_PER_PEER = 2;
export const AMPLIFY_POINTS_PER_STUDENT = 1;
export const AMPLIFY_MAX_PEERS = 50;
export const AMPLIFY_MAX_STUDENTS = 200;
/** Days on each side of a session's date that count with it. */
export const AMPLIFY_WINDOW_DAYS = 6;

export interface AmplifyCounts {
  peers: number;
  students: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The first and last session dates (inclusive) that share a window with `sessionDate`. */
export function amplifyWindow(sessionDate: string): { from: string; to: string } {
  return {
    from: shiftDate(sessionDate, -AMPLIFY_WINDOW_DAYS),
    to: shiftDate(sessionDate, AMPLIFY_WINDOW_DAYS),
  };
}

/** "from 6 days before to 6 days after": the window in words. */
export const AMPLIFY_WINDOW_WORDING = `from ${AMPLIFY_WINDOW_DAYS} days before to ${AMPLIFY_WINDOW_DAYS} days after`;

export function amplifyPoints(counts: AmplifyCounts): number {
  return counts.peers * AMPLIFY_POINTS_PER_PEER + counts.students * AMPLIFY_POINTS_PER_STUDENT;
}

/** Peers and students the window still takes, given what it already holds. */
export function amplifyRemaining(used: AmplifyCounts): AmplifyCounts {
  return {
    peers: Math.max(0, AMPLIFY_MAX_PEERS - used.peers),
    students: Math.max(0, AMPLIFY_MAX_STUDENTS - used.students),
  };
}

/**
 * The credit at approval: what the session reports, clamped to what the window's
 * approved sessions leave.
 */
export function amplifyQuote(options: {
  sessionDate: string;
  reported: AmplifyCounts;
  used: AmplifyCounts;
}): CreditQuote {
  const { reported, used } = options;
  const remaining = amplifyRemaining(used);
  const peers = Math.min(reported.peers, remaining.peers);
  const students = Math.min(reported.students, remaining.students);
  const points = amplifyPoints({ peers, students });
  const asked = amplifyPoints(reported);
  const explanation = `${peers} peers × ${AMPLIFY_POINTS_PER_PEER} + ${students} students × ${AMPLIFY_POINTS_PER_STUDENT} = ${points} points.`;
  if (points === asked) return { points, explanation };
  return {
    points,
    explanation:
      `${explanation} Clamped from ${asked}: approved sessions ${AMPLIFY_WINDOW_WORDING} ` +
      `${options.sessionDate} already used ${used.peers} peers and ${used.students} students.`,
    clamp: {
      requestedPoints: asked,
      creditedPeers: peers,
      creditedStudents: students,
      windowPeersUsed: used.peers,
      windowStudentsUsed: used.students,
    },
  };
}

/**
 * Why a session cannot be submitted because its window (pending and approved sessions)
 * is full: which limit was hit and what remains, per field; undefined when it fits.
 */
export function amplifyRefusal(options: {
  sessionDate: string;
  reported: AmplifyCounts;
  used: AmplifyCounts;
}): { message: ErrorText; details: FieldProblem[] } | undefined {
  const { reported, used, sessionDate } = options;
  const left = amplifyRemaining(used);
  const overPeers = reported.peers > left.peers;
  const overStudents = reported.students > left.students;
  if (!overPeers && !overStudents) return undefined;
  const { from, to } = amplifyWindow(sessionDate);
  return {
    message: errorText("errors.submissions.amplifyWindowFull", {
      days: AMPLIFY_WINDOW_DAYS,
      sessionDate,
      from,
      to,
      usedPeers: used.peers,
      usedStudents: used.students,
      maxPeers: AMPLIFY_MAX_PEERS,
      maxStudents: AMPLIFY_MAX_STUDENTS,
      leftPeers: left.peers,
      leftStudents: left.students,
    }),
    details: [
      ...(overPeers
        ? [
            fieldProblem("payload.peersTrained", "errors.submissions.atMostMore", {
              count: left.peers,
            }),
          ]
        : []),
      ...(overStudents
        ? [
            fieldProblem("payload.studentsTrained", "errors.submissions.atMostMore", {
              count: left.students,
            }),
          ]
        : []),
    ],
  };
}
