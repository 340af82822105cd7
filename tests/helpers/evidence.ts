import { randomBytes } from "node:crypto";
import { POST as uploadRoute } from "../../src/app/api/uploads/route";
import { POST as createSubmissionRoute } from "../../src/app/api/submissions/route";
import { call } from "./http";

/** Minimal files whose first bytes are what the type checker looks for. */
export const FILES = {
  pdf: () => Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(200)]),
  png: () =>
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      randomBytes(200),
    ]),
  jpeg: () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(200)]),
  webp: () =>
    Buffer.concat([
      Buffer.from("RIFF"),
      Buffer.from([0, 0, 0, 0]),
      Buffer.from("WEBP"),
      randomBytes(200),
    ]),
  exe: () => Buffer.concat([Buffer.from("MZ"), randomBytes(200)]),
};

/** Uploads through POST /api/uploads as multipart form data, like a browser. */
export async function upload(cookie: string, bytes: Buffer, name = "evidence.pdf") {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], name));
  const request = new Request("http://localhost:3000/api/uploads", {
    method: "POST",
    headers: { cookie },
    body: form,
  });
  const response = await uploadRoute(request, { params: Promise.resolve({}) as Promise<never> });
  return { status: response.status, body: await response.json() };
}

export async function uploadKey(
  cookie: string,
  bytes = FILES.pdf(),
  name?: string,
): Promise<string> {
  const response = await upload(cookie, bytes, name);
  if (response.status !== 201) throw new Error(`upload failed: ${JSON.stringify(response.body)}`);
  return response.body.key as string;
}

/** A date n days before today, in UTC. */
export const daysBefore = (n: number) =>
  new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

export const VALID_PAYLOADS = {
  LEARN: () => ({ provider: "Kajabi", courseName: "Elevate AI 1", completedAt: daysBefore(3) }),
  EXPLORE: () => ({ reflection: "r".repeat(150), classDate: daysBefore(2), aiTool: "ChatGPT" }),
  AMPLIFY: (peers = 5, students = 20, sessionDate = daysBefore(1)) => ({
    peersTrained: peers,
    studentsTrained: students,
    sessionDate,
  }),
  PRESENT: () => ({
    linkedinUrl: "https://www.linkedin.com/posts/some-post",
    caption: "Our class used AI!",
  }),
  SHINE: () => ({ ideaTitle: "AI tutor", ideaSummary: "s".repeat(50) }),
};

/** Submits evidence through POST /api/submissions. */
export function submit(
  cookie: string,
  body: { activity: string; payload: unknown; attachments?: string[]; visibility?: string },
) {
  return call(createSubmissionRoute, "POST", "/api/submissions", { cookie, body });
}

/** Submits valid evidence of an activity with the files it needs; returns the submission id. */
export async function submitValid(
  cookie: string,
  activity: keyof typeof VALID_PAYLOADS,
  payload?: unknown,
  visibility = "PRIVATE",
) {
  const needsFile = activity === "LEARN" || activity === "EXPLORE" || activity === "AMPLIFY";
  const attachments = needsFile ? [await uploadKey(cookie)] : [];
  const response = await submit(cookie, {
    activity,
    payload: payload ?? VALID_PAYLOADS[activity](),
    attachments,
    visibility,
  });
  if (response.status !== 201) throw new Error(`submit failed: ${JSON.stringify(response.body)}`);
  return response.body.id as string;
}
