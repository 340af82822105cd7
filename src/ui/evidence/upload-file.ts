/** What POST /api/uploads answers with (docs/product.md §11). */
export interface UploadedFile {
  key: string;
  name: string;
  size: number;
  type: string;
}

/** A refusal, in the server's words when it gave any. */
export class UploadRefused extends Error {}

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
        reject(new UploadRefused(refusalMessage(request.status, body)));
      }
    });
    request.addEventListener("error", () =>
      reject(new UploadRefused("The upload failed. Check your connection and try again.")),
    );
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

/** The API's `{"error":{"message"}}`, or a fallback when a proxy answered instead. */
function refusalMessage(status: number, body: unknown): string {
  const message = (body as { error?: { message?: unknown } } | undefined)?.error?.message;
  if (typeof message === "string" && message) return message;
  if (status === 413) return "The file is too large.";
  if (status === 401) return "Your session has ended. Sign in again, then add the file.";
  return "The upload failed. Please try again.";
}
