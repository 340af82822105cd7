/** Where an uploaded file is read (GET /api/files/<key>); each key segment URL-encoded. */
export function fileUrl(key: string): string {
  return `/api/files/${key.split("/").map(encodeURIComponent).join("/")}`;
}
