/** What POST /api/uploads answers with (docs/product.md §11). */
export interface UploadedFile {
  key: string;
  name: string;
  size: number;
  type: string;
}

/** Why an upload failed when the server gave no words of its own. */
export type UploadFailure = "failed" | "offline" | "tooLargeForServer" | "signedOut";

/**
 * A refusal: the server's message when it gave one (already in the reader's language:
 * the request carries the language cookie), else the kind of failure for the form to
 * put into words.
 */
export class UploadRefused extends Error {
  constructor(
    readonly failure: UploadFailure,
    readonly serverMessage?: string,
  ) {
    super(serverMessage ?? failure);
  }
}

/**
 * Sends one file to /api/uploads. XMLHttpRequest rather than fetch: only it reports
 * upload progress. `onProgress` gets whole percentages; `abort` cancels quietly (the
 * promise then never settles, the caller has already forgotten the file).
 */
export function uploadFile(
  file: File,
  onProgress: (percent: number) => void,
): { done: Promise<UploadedFile>; abort: () => void } {
  const request = new XMLHttpRequest();
  const done = new Promise<UploadedFile>((resolve, reject) => {
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) onProgress(Math.floor((event.loaded / event.total) * 100));
    });
    request.addEventListener("load", () => {
      const body = parseJson(request.responseText);
      if (request.status === 201 && isUploadedFile(body)) {
        onProgress(100);
        resolve(body);
      } else {
        reject(refusal(request.status, body));
      }
    });
    request.addEventListener("error", () => reject(new UploadRefused("offline")));
  });
  const form = new FormData();
  form.append("file", file);
  request.open("POST", "/api/uploads");
  request.setRequestHeader("Accept", "application/json");
  request.send(form);
  return { done, abort: () => request.abort() };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isUploadedFile(body: unknown): body is UploadedFile {
  return (
    typeof body === "object" && body !== null && typeof (body as UploadedFile).key === "string"
  );
}

/** The API's `{"error":{"message"}}`, or the kind of failure when a proxy answered instead. */
function refusal(status: number, body: unknown): UploadRefused {
  const message = (body as { error?: { message?: unknown } } | undefined)?.error?.message;
  const failure = status === 413 ? "tooLargeForServer" : status === 401 ? "signedOut" : "failed";
  return new UploadRefused(failure, typeof message === "string" && message ? message : undefined);
}
