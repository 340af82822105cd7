"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ChangeEvent } from "react";
import type { ActivityCode } from "@/server/activities/activity-canon";
import { formatFileSize } from "@/ui/format/format-file-size";
import { useAttachmentRulesText } from "./attachment-rules-text";
import { UploadListItem } from "./upload-list-item";
import { acceptAttribute } from "./upload-types";
import type { UploadRules, Uploads } from "./use-uploads";

/**
 * The attachment picker of an evidence form: choose files, watch each upload, remove
 * one, and the finished uploads' keys go with the form as hidden `attachments` inputs.
 * The activity's count is enforced here (the picker closes when full) and again on send.
 */
export function FileUpload({
  activity,
  uploads,
  rules,
  maxBytes,
  name = "attachments",
  error,
}: {
  activity: ActivityCode;
  uploads: Uploads;
  rules: UploadRules;
  maxBytes: number;
  name?: string;
  error?: string;
}) {
  const format = useFormatter();
  const t = useTranslations("evidence.attachments");
  const text = useAttachmentRulesText(activity, rules);
  const inputId = `field-${name}`;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;

  function choose(event: ChangeEvent<HTMLInputElement>) {
    uploads.add(Array.from(event.target.files ?? []));
    // Cleared so choosing the same file again (after removing it) fires a change.
    event.target.value = "";
  }

  return (
    <div>
      <label htmlFor={inputId} className="block text-sm font-semibold text-slate-900">
        {rules.min === 0 ? t("labelOptional") : t("label")}
      </label>
      <p id={hintId} className="mt-1 text-sm text-slate-600">
        {text.count} {t("types", { types: text.types, size: formatFileSize(format, maxBytes) })}
        {uploads.full ? " " : null}
        {uploads.full ? (rules.max === 1 ? t("fullOne") : t("fullMany", { max: rules.max })) : null}
      </p>
      <input
        id={inputId}
        type="file"
        multiple={rules.max > 1}
        accept={acceptAttribute(rules.types)}
        disabled={uploads.full}
        onChange={choose}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        className="mt-1.5 block w-full rounded-lg border border-dashed border-slate-400 bg-slate-50 p-3 text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-brand-700 file:px-4 file:py-2 file:font-semibold file:text-white hover:file:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-70 aria-invalid:border-red-700"
      />
      <noscript>
        <p className="mt-1.5 text-sm font-medium text-slate-800">{t("noscript")}</p>
      </noscript>
      {error ? (
        <p id={errorId} className="mt-1.5 flex gap-1.5 text-sm font-medium text-red-800">
          <span aria-hidden="true">!</span>
          {error}
        </p>
      ) : null}
      {uploads.items.length > 0 ? (
        <ul aria-label={t("chosen")} className="mt-3 flex flex-col gap-2">
          {uploads.items.map((item) => (
            <UploadListItem key={item.id} item={item} onRemove={() => uploads.remove(item.id)} />
          ))}
        </ul>
      ) : null}
      {uploads.keys.map((key) => (
        <input key={key} type="hidden" name={name} value={key} />
      ))}
      <p aria-live="polite" className="sr-only">
        {uploads.announcement}
      </p>
    </div>
  );
}
