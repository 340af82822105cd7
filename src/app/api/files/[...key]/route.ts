import { getCurrentUser } from "@/server/auth/get-current-user";
import { apiRoute } from "@/server/http/api-route";
import { readUpload } from "@/server/uploads/read-upload";

type Context = { params: Promise<{ key: string[] }> };

export const GET = apiRoute<Context>(async (request, { params }) => {
  // Next.js hands over the segments already decoded.
  const key = (await params).key.join("/");
  const reader = await getCurrentUser(request.headers);
  const read = await readUpload(reader, key, request.headers.get("range"));
  const headers: Record<string, string> = {
    "Content-Type": read.type,
    "Content-Disposition": `inline; filename="${read.name}"`,
    "Accept-Ranges": "bytes",
    "X-Content-Type-Options": "nosniff",
    // The file is shown, never run: no scripts, no plugins, no framing elsewhere.
    "Content-Security-Policy":
      "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    "Cache-Control": read.isPublic ? "public, max-age=300" : "private, no-store",
  };
  if (!read.file) {
    return new Response(null, {
      status: 416,
      headers: { ...headers, "Content-Range": `bytes */${read.size}` },
    });
  }
  headers["Content-Length"] = String(read.file.length);
  if (request.method === "HEAD") {
    // Next.js answers HEAD with this handler and drops the body unread: release the file
    // (an S3 object's connection) now rather than when it times out.
    await read.file.body.cancel();
    return new Response(null, { status: read.range ? 206 : 200, headers });
  }
  if (read.range) {
    headers["Content-Range"] = `bytes ${read.range.start}-${read.range.end}/${read.file.size}`;
  }
  // Streamed from storage (local file or S3 object) as the client reads it.
  return new Response(read.file.body, { status: read.range ? 206 : 200, headers });
});
