import { getCurrentUser } from "@/server/auth/get-current-user";
import { apiRoute } from "@/server/http/api-route";
import { readUpload } from "@/server/uploads/read-upload";

type Context = { params: Promise<{ key: string[] }> };

export const GET = apiRoute<Context>(async (request, { params }) => {
  // Next.js hands over the segments already decoded.
  const key = (await params).key.join("/");
  const reader = await getCurrentUser(request.headers);
  const file = await readUpload(reader, key);
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.type,
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": `inline; filename="${file.name}"`,
      "X-Content-Type-Options": "nosniff",
      // The file is shown, never run: no scripts, no plugins, no framing elsewhere.
      "Content-Security-Policy":
        "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
      "Cache-Control": file.isPublic ? "public, max-age=300" : "private, no-store",
    },
  });
});
