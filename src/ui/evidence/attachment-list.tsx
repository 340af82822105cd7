import { useFormatter, useTranslations } from "next-intl";
import type { AttachmentDto } from "@/server/submissions/submission-dto";
import { fileUrl } from "./file-url";
import { formatFileSize } from "@/ui/format/format-file-size";

/**
 * A submission's files: images with a preview, PDFs as a link. Files are served by
 * /api/files, which checks who may read them; the app's image optimizer would fetch
 * them without the reader's session, so previews load unoptimized.
 */
export function AttachmentList({ attachments }: { attachments: AttachmentDto[] }) {
  const format = useFormatter();
  const t = useTranslations("submission.attachments");
  if (attachments.length === 0) {
    return <p className="text-slate-600">{t("none")}</p>;
  }
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {attachments.map((file) => (
        <li key={file.key} className="rounded-lg border border-slate-200 p-3">
          {file.type.startsWith("image/") ? (
            <img
              src={fileUrl(file.key)}
              alt={t("preview", { name: file.name })}
              width={480}
              height={320}
              loading="lazy"
              decoding="async"
              className="mb-3 h-48 w-full rounded-md bg-slate-100 object-contain"
            />
          ) : null}
          <a
            href={fileUrl(file.key)}
            target="_blank"
            rel="noreferrer"
            className="font-semibold wrap-anywhere text-brand-700 underline hover:text-brand-900"
          >
            {file.name}
          </a>
          <p className="text-sm text-slate-600">
            {file.type === "application/pdf"
              ? "PDF"
              : file.type.replace("image/", "").toUpperCase()}{" "}
            · {formatFileSize(format, file.size)}
          </p>
        </li>
      ))}
    </ul>
  );
}
