"use client";
import { useFormatter } from "next-intl";

import type { ChangeEvent } from "react";
import { formatFileSize } from "@/ui/format/format-file-size";
import { UploadListItem } from "./upload-list-item";
import { acceptAttribute, typeNames } from "./upload-types";
import type { UploadRules, Uploads } from "./use-uploads";

/**
 * The attachment picker of an evidence form: choose files, watch each upload, remove
 * one, and the finished uploads' keys go with the form as hidden `attachments` inputs.
 * The activity's count is enforced here (the picker closes when full) and again on send.
 */
export function FileUpload({
  uploads,
  rules,
  maxBytes,
  name = "attachments",
  error,
}: {
  uploads: Uploads;
  rules: UploadRules;
  maxBytes: number;
  name?: string;
  error?: string;
}) {
  const format = useFormatter();
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
        Attachments{rules.min === 0 ? " (optional)" : ""}
      </label>
      <p id={hintId} className="mt-1 text-sm text-slate-600">
        {countRule(rules)} {typeNames(rules.types)}, up to {formatFileSize(format, maxBytes)} each.
        {uploads.full ? fullNote(rules.max) : ""}
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
        <p className="mt-1.5 text-sm font-medium text-slate-800">
          Attaching files needs JavaScript, which is turned off in this browser.
        </p>
      </noscript>
      {error ? (
        <p id={errorId} className="mt-1.5 flex gap-1.5 text-sm font-medium text-red-800">
          <span aria-hidden="true">!</span>
          {error}
        </p>
      ) : null}
      {uploads.items.length > 0 ? (
        <ul aria-label="Chosen files" className="mt-3 flex flex-col gap-2">
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

function fullNote(max: number): string {
  return max === 1
    ? " A file is chosen; remove it to choose another."
    : ` The maximum of ${max} files is reached; remove one to add another.`;
}

/** "Evidence from the class: 1 to 5 files." in the activity's terms. */
function countRule(rules: UploadRules): string {
  const label = rules.label.charAt(0).toUpperCase() + rules.label.slice(1);
  const files = (n: number) => `${n} file${n === 1 ? "" : "s"}`;
  if (rules.min === rules.max) return `${label}: exactly ${files(rules.min)}.`;
  if (rules.min === 0) return `${label}: up to ${files(rules.max)}.`;
  return `${label}: ${rules.min} to ${files(rules.max)}.`;
}
