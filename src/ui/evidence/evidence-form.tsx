"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { ACTIVITY_CANON, type ActivityCode } from "@/server/activities/activity-canon";
import { useAttachmentRulesText } from "./attachment-rules-text";
import type { Visibility } from "@/server/db/schema";
import { ActivityFormFields } from "./activity-form-fields";
import { secondaryButtonClass } from "@/ui/forms/button-styles";
import type { EvidenceDateBounds } from "./evidence-date-bounds";
import type { EvidenceValues } from "./evidence-payload";
import { FileUpload } from "./file-upload";
import { FormBanner } from "@/ui/forms/form-banner";
import { initialFormState, type FormState } from "@/server/forms/form-state";
import { PointsPreview } from "./points-preview";
import type { PreviewPoints } from "./points-quote";
import { SubmitButton } from "@/ui/forms/submit-button";
import type { UploadedFile } from "./upload-file";
import { useEvidenceValues } from "./use-evidence-values";
import { useFocusOnError } from "@/ui/forms/use-focus-on-error";
import { useUploads } from "./use-uploads";
import { VisibilityField } from "./visibility-field";

interface EvidenceFormProps {
  activity: ActivityCode;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  preview: PreviewPoints;
  initialValues: EvidenceValues;
  initialAttachments: UploadedFile[];
  dateBounds: EvidenceDateBounds;
  maxUploadBytes: number;
  /** New evidence picks its visibility here; a stored submission has its own switch. */
  withVisibility: boolean;
  submitLabel: string;
  pendingLabel: string;
  cancelHref?: string;
}

/**
 * The evidence form of one activity, for new and for pending submissions: its fields,
 * the attachment picker, the live points preview and (for new evidence) visibility.
 * The activity's schema checks fields on blur and before sending; the server action
 * checks everything again and its answer is what counts.
 */
export function EvidenceForm(props: EvidenceFormProps) {
  const { activity, maxUploadBytes } = props;
  const canon = ACTIVITY_CANON[activity];
  const t = useTranslations("evidence");
  const attachmentRules = useAttachmentRulesText(activity, canon.attachments);
  const [state, formAction] = useActionState(props.action, initialFormState);
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(state, form);
  const evidence = useEvidenceValues(activity, props.initialValues, state);
  const uploads = useUploads({
    initial: props.initialAttachments,
    rules: canon.attachments,
    maxBytes: maxUploadBytes,
  });
  const [visibility, setVisibility] = useState<Visibility>(
    state.values?.visibility === "PUBLIC" ? "PUBLIC" : "PRIVATE",
  );
  const [sent, setSent] = useState<{ attempts: number; keys: string }>({ attempts: 0, keys: "" });
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    if (focusRequest > 0) {
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }, [focusRequest]);

  const keys = uploads.keys.join("\n");
  const filesProblem = uploads.busy
    ? t("attachments.waitForUploads")
    : attachmentRules.problem(uploads.keys.length);
  // The server's word on the files stands until the files change.
  const filesError =
    (sent.keys === keys ? state.fieldErrors?.attachments : undefined) ??
    (sent.attempts > 0 ? filesProblem : undefined);

  function checkBeforeSending(event: FormEvent<HTMLFormElement>) {
    const fieldsValid = evidence.touchAll();
    setSent((current) => ({ attempts: current.attempts + 1, keys }));
    if (!fieldsValid || filesProblem) {
      event.preventDefault();
      setFocusRequest((current) => current + 1);
    }
  }

  return (
    <form ref={form} action={formAction} onSubmit={checkBeforeSending} noValidate className="mt-8">
      <FormBanner state={state} />
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-x-10">
        <div className="flex flex-col gap-6">
          <ActivityFormFields
            activity={activity}
            values={evidence.values}
            errors={evidence.errors}
            dateBounds={props.dateBounds}
            onChange={evidence.change}
            onBlur={evidence.blur}
          />
          <FileUpload
            activity={activity}
            uploads={uploads}
            rules={canon.attachments}
            maxBytes={maxUploadBytes}
            error={filesError}
          />
          {props.withVisibility ? (
            <VisibilityField value={visibility} onChange={setVisibility} />
          ) : null}
        </div>
        <div className="mt-8 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:mt-0">
          <div className="lg:sticky lg:top-6">
            <PointsPreview
              activity={activity}
              values={evidence.values}
              ready={evidence.valid}
              preview={props.preview}
            />
          </div>
        </div>
        <div className="mt-8 flex flex-wrap items-center gap-3">
          <SubmitButton pendingLabel={props.pendingLabel}>{props.submitLabel}</SubmitButton>
          {props.cancelHref ? (
            <Link href={props.cancelHref} className={secondaryButtonClass}>
              {t("cancel")}
            </Link>
          ) : null}
        </div>
      </div>
    </form>
  );
}
