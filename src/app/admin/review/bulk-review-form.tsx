"use client";

import { useTranslations } from "next-intl";
import { createContext, useContext, useState, type FormEvent, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { useActionForm } from "@/ui/forms/action-form";
import { FieldsetPanel } from "@/ui/forms/fieldset-panel";
import { primaryButtonClass, secondaryButtonClass } from "@/ui/forms/button-styles";
import { FormBanner } from "@/ui/forms/form-banner";
import { NoteField } from "@/ui/forms/note-field";
import { reviewSelected } from "./actions";
import { BulkConfirmation } from "./bulk-confirmation";
import { BulkReport } from "./bulk-report";
import { BULK_REVIEW_MAX, type BulkReviewState } from "./review-states";

interface Selection {
  /** Ticked again after the form resets: what a refused or invalid request sent. */
  defaultIds: Set<string>;
  selected: number;
  selectable: number;
  toggleAll: (checked: boolean) => void;
  recount: () => void;
}

const SelectionContext = createContext<Selection | null>(null);

function useSelection(): Selection {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error("Use inside BulkReviewForm.");
  return selection;
}

/**
 * Wraps the queue table (its row checkboxes are this form's `ids`) with the bulk
 * approve/reject controls (when anything on the page can be reviewed) and, after a run,
 * the per-item report.
 */
export function BulkReviewForm({
  selectable,
  badgeNames,
  cleared,
  children,
}: {
  selectable: number;
  badgeNames: Record<string, string>;
  /** What the list says when a bulk run has left it empty. */
  cleared?: ReactNode;
  children: ReactNode;
}) {
  const t = useTranslations("review.forms");
  const { state, action, ref: form, values } = useActionForm<BulkReviewState>(reviewSelected);
  const [selected, setSelected] = useState(0);
  const [labels, setLabels] = useState<Map<string, string>>(new Map());
  const ran = Boolean(state.results && state.results.length > 0);

  const boxes = () => [
    ...(form.current?.querySelectorAll<HTMLInputElement>('input[name="ids"]') ?? []),
  ];
  const recount = () => setSelected(boxes().filter((box) => box.checked).length);
  const toggleAll = (checked: boolean) => {
    boxes().forEach((box, index) => {
      box.checked = checked && index < BULK_REVIEW_MAX;
    });
    recount();
  };
  // Remember who was sent, so the report can name them even once they leave the page.
  const rememberLabels = (event: FormEvent<HTMLFormElement>) => {
    const checked = [
      ...event.currentTarget.querySelectorAll<HTMLInputElement>('input[name="ids"]:checked'),
    ];
    setLabels(new Map(checked.map((box) => [box.value, box.dataset.label ?? box.value])));
  };

  const selection: Selection = {
    defaultIds: new Set(values.ids?.split(",").filter(Boolean) ?? []),
    selected,
    selectable,
    toggleAll,
    recount,
  };

  return (
    <SelectionContext value={selection}>
      <form
        ref={form}
        action={action}
        noValidate
        onChange={recount}
        // The form resets after each run; count what is ticked once it has.
        onReset={() => setTimeout(recount)}
        onSubmit={rememberLabels}
      >
        {selectable > 0 ? (
          <FieldsetPanel legend={t("bulkLegend")}>
            <p className="text-sm text-slate-700" aria-live="polite">
              {t.rich("selected", {
                count: selected,
                b: (chunks) => <span className="font-semibold">{chunks}</span>,
              })}
              <span className="text-slate-600"> {t("upTo", { max: BULK_REVIEW_MAX })}</span>
            </p>
            <div className="mt-3 flex flex-col gap-3 lg:flex-row lg:items-end">
              <div className="lg:flex-1">
                <NoteField
                  id="bulk-note"
                  name="note"
                  label={t("bulkNoteLabel")}
                  hint={t("bulkNoteHint")}
                  rows={2}
                  maxLength={1000}
                  defaultValue={values.note}
                  error={state.fieldErrors?.note}
                />
              </div>
              {state.confirm ? <BulkConfirmation confirm={state.confirm} /> : <BulkButtons />}
            </div>
          </FieldsetPanel>
        ) : null}
        <FormBanner state={state} />
        {ran ? (
          <BulkReport results={state.results!} labels={labels} badgeNames={badgeNames} />
        ) : null}
        <div className="flex flex-col gap-4">{ran && cleared ? cleared : children}</div>
      </form>
    </SelectionContext>
  );
}

function BulkButtons() {
  const t = useTranslations("review.forms");
  const { pending, data } = useFormStatus();
  const running = pending ? data?.get("action") : null;
  const buttons = [
    ["approve", t("approveSelected"), t("approving"), primaryButtonClass],
    ["reject", t("rejectSelected"), t("rejecting"), secondaryButtonClass],
  ] as const;
  return (
    <div className="flex flex-wrap gap-3">
      {buttons.map(([value, label, pendingLabel, look]) => (
        <button
          key={value}
          type="submit"
          name="action"
          value={value}
          disabled={pending}
          className={`${look} gap-2 py-2.5 disabled:cursor-wait disabled:opacity-80`}
        >
          {running === value ? <Spinner /> : null}
          {running === value ? pendingLabel : label}
        </button>
      ))}
    </div>
  );
}

function Spinner() {
  return (
    <span
      aria-hidden="true"
      className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent"
    />
  );
}

/**
 * A row's checkbox: part of the bulk form, ticked again after a refused run. The version
 * the reviewer sees travels beside it, so a submission edited since is refused.
 */
export function RowCheckbox({
  id,
  label,
  version,
}: {
  id: string;
  label: string;
  version: string;
}) {
  const t = useTranslations("review.forms");
  const { defaultIds } = useSelection();
  return (
    <>
      <input
        type="checkbox"
        name="ids"
        value={id}
        data-label={label}
        aria-label={t("selectRow", { label })}
        defaultChecked={defaultIds.has(id)}
        className="size-5 accent-brand-700"
      />
      <input type="hidden" name={`version:${id}`} value={version} />
    </>
  );
}

/** The header checkbox: ticks every pending row on this page (at most 50). */
export function SelectAllCheckbox() {
  const t = useTranslations("review.forms");
  const { selected, selectable, toggleAll } = useSelection();
  const all = selectable > 0 && selected >= Math.min(selectable, BULK_REVIEW_MAX);
  return (
    <input
      type="checkbox"
      aria-label={t("selectAll")}
      checked={all}
      disabled={selectable === 0}
      onChange={(event) => toggleAll(event.target.checked)}
      className="size-5 accent-brand-700"
    />
  );
}
