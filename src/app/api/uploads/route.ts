import { requireUser } from "@/server/auth/guards";
import { AppError } from "@/server/errors";
import { apiRoute } from "@/server/http/api-route";
import { readBodyBytes } from "@/server/http/read-body-bytes";
import { createUpload, MAX_UPLOAD_BYTES, uploadTooLarge } from "@/server/uploads/create-upload";

// Room for the multipart envelope around a file of the maximum size.
const MAX_REQUEST_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;

export const POST = apiRoute(async (request) => {
  const user = await requireUser(request);
  // Read with a cap before parsing: formData() would buffer whatever arrives.
  const body = await readBodyBytes(request, MAX_REQUEST_BYTES);
  let form: FormData;
  try {
    const contentType = request.headers.get("content-type") ?? "";
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new AppError("VALIDATION_FAILED", "errors.uploads.notMultipart");
  }
  const file = form.get("file");
  if (!(file instanceof File))
    throw new AppError("VALIDATION_FAILED", "errors.uploads.noFileField");
  if (file.size > MAX_UPLOAD_BYTES) throw uploadTooLarge();
  const upload = await createUpload(user, {
    name: file.name,
    bytes: Buffer.from(await file.arrayBuffer()),
  });
  return Response.json(upload, { status: 201 });
});
