import { useFormatter, useTranslations } from "next-intl";
import { fileUrl } from "./file-url";
import { formatFileSize } from "@/ui/format/format-file-size";
import type { UploadItem } from "./use-uploads";

/**
 * One chosen file: its name (a link once stored), size, a labelled progress bar with the
 * percentage in text, the server's refusal when there was one, and a button to drop it.
 */
export function UploadListItem({ item, onRemove }: { item: UploadItem; onRemove: () => void }) {
  const format = useFormatter();
  const t = useTranslations("evidence.upload");
  const progressId = `${item.id}-progress`;
  const action =
    item.status === "uploading"
      ? t("cancel")
      : item.status === "refused"
        ? t("dismiss")
        : t("remove");
  return (
    <li
      className={`rounded-lg border p-3 ${item.status === "refused" ? "border-red-300 bg-red-50" : "border-slate-300 bg-white"}`}
    >
      <div className="flex items-start justify-between gap-3">
        <p className="min-w-0 text-sm wrap-anywhere">
          {item.status === "done" && item.key ? (
            <a
              href={fileUrl(item.key)}
              target="_blank"
              rel="noreferrer"
              className="font-semibold text-brand-700 underline hover:text-brand-900"
            >
              {item.name}
            </a>
          ) : (
            <span className="font-semibold text-slate-900">{item.name}</span>
          )}
          <span className="text-slate-600"> · {formatFileSize(format, item.size)}</span>
        </p>
        <button
          type="button"
          onClick={onRemove}
          className="shrink-0 rounded-md px-2 py-1 text-sm font-semibold text-slate-700 underline hover:bg-slate-100 hover:text-slate-900"
        >
          {action}
          <span className="sr-only"> {item.name}</span>
        </button>
      </div>
      {item.status === "refused" ? (
        <p role="alert" className="mt-2 flex gap-1.5 text-sm font-medium text-red-800">
          <span aria-hidden="true">!</span>
          <span>
            <span className="sr-only">{t("notAdded", { name: item.name })} </span>
            {item.message}
          </span>
        </p>
      ) : item.stored ? (
        <p className="mt-1 text-sm text-slate-600">{t("attached")}</p>
      ) : (
        <div className="mt-2 flex items-center gap-3">
          <label htmlFor={progressId} className="sr-only">
            {t("progressLabel", { name: item.name })}
          </label>
          <progress
            id={progressId}
            max={100}
            value={item.percent}
            className="h-2 flex-1 overflow-hidden rounded-full bg-slate-200 [&::-moz-progress-bar]:bg-brand-700 [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-700"
          />
          <span className="w-24 text-right text-sm text-slate-700 tabular-nums">
            {item.status === "done"
              ? t("done", { percent: 100 })
              : t("percent", { percent: item.percent })}
          </span>
        </div>
      )}
    </li>
  );
}
