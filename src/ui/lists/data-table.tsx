import { Fragment, type Key, type ReactNode } from "react";

export interface Column<Row> {
  /** The column heading; also the label in front of the value on phone cards. */
  header: ReactNode;
  cell: (row: Row, index: number) => ReactNode;
  /** The cell that names the row (`th scope="row"`): a phone card's title, without a label. */
  rowHeader?: boolean;
  /** For a heading such as "Select": read by screen readers, not shown, no label on cards. */
  headerHidden?: boolean;
  /**
   * A heading that is itself a control (select all): it stays visible above the cards,
   * and the column's cells carry no label of their own.
   */
  headerOnPhones?: boolean;
  align?: "right";
  /** Extra classes for this column's cells (widths, wrapping, colour). */
  className?: string;
}

interface DataTableProps<Row> {
  /** Names the table (read by screen readers) and the scrollable region around it. */
  caption: string;
  /** The region's name, when it should differ from the caption. */
  label?: string;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => Key;
  rowProps?: (row: Row) => { id?: string; "aria-current"?: "true"; className?: string };
  /** A full-width row after each row (e.g. a disclosure's content); it gets the column count. */
  afterRow?: (row: Row, index: number, columnCount: number) => ReactNode;
  density?: "normal" | "compact";
  className?: string;
}

const PADDING = { normal: "sm:px-4 sm:py-3", compact: "sm:px-4 sm:py-2" };

/**
 * An accessible table (caption, scoped headings) that turns into a stack of cards on
 * phones: each row a card, each cell a "label value" line, so nothing scrolls sideways
 * at 390 px. On wider screens it is a plain table that scrolls inside its focusable region.
 */
export function DataTable<Row>({
  caption,
  label,
  columns,
  rows,
  rowKey,
  rowProps,
  afterRow,
  density = "normal",
  className = "",
}: DataTableProps<Row>) {
  const padding = PADDING[density];
  const phoneHeader = columns.some((column) => column.headerOnPhones);
  return (
    // Focusable so keyboard users can scroll the table sideways when it is wider than the screen.
    <div
      className={`relative sm:overflow-x-auto sm:rounded-xl sm:border sm:border-slate-200 ${className}`}
      tabIndex={0}
      role="region"
      aria-label={label ?? caption}
    >
      <table className="w-full text-left text-sm max-sm:block sm:min-w-full sm:divide-y sm:divide-slate-200">
        <caption className="sr-only">{caption}</caption>
        <thead
          className={`text-slate-700 sm:bg-slate-50 ${phoneHeader ? "max-sm:block" : "max-sm:sr-only"}`}
        >
          <tr className="max-sm:flex max-sm:pb-2">
            {columns.map((column, index) => (
              <th
                key={index}
                scope="col"
                className={`font-semibold ${padding} ${column.align === "right" ? "text-right" : ""} ${
                  column.headerOnPhones ? "max-sm:px-4" : "max-sm:sr-only"
                }`}
              >
                {column.headerHidden ? (
                  <span className="sr-only">{column.header}</span>
                ) : (
                  column.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="max-sm:flex max-sm:flex-col max-sm:gap-3 sm:divide-y sm:divide-slate-200 sm:bg-white">
          {rows.map((row, index) => {
            const { className: rowClass = "bg-white", ...props } = rowProps?.(row) ?? {};
            return (
              <Fragment key={rowKey(row, index)}>
                <tr
                  {...props}
                  className={`align-top hover:bg-slate-50 max-sm:flex max-sm:flex-col max-sm:gap-2 max-sm:rounded-xl max-sm:border max-sm:border-slate-200 max-sm:p-4 ${rowClass}`}
                >
                  {columns.map((column, columnIndex) => (
                    <Cell key={columnIndex} column={column} padding={padding}>
                      {column.cell(row, index)}
                    </Cell>
                  ))}
                </tr>
                {afterRow?.(row, index, columns.length)}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Cell<Row>({
  column,
  padding,
  children,
}: {
  column: Column<Row>;
  padding: string;
  children: ReactNode;
}) {
  const align = column.align === "right" ? "sm:text-right" : "";
  if (column.rowHeader) {
    return (
      <th
        scope="row"
        className={`font-normal max-sm:block max-sm:text-base ${padding} ${column.className ?? ""}`}
      >
        {children}
      </th>
    );
  }
  const labelled = !column.headerHidden && !column.headerOnPhones;
  return (
    <td
      className={`${padding} ${align} ${column.className ?? ""} ${
        labelled
          ? "max-sm:grid max-sm:grid-cols-[7.5rem_minmax(0,1fr)] max-sm:gap-x-3"
          : "max-sm:block"
      }`}
    >
      {labelled ? (
        // The heading already names the cell for screen readers; this copy is for the eye.
        <span aria-hidden="true" className="font-semibold text-slate-600 sm:hidden">
          {column.header}
        </span>
      ) : null}
      <div className="min-w-0">{children}</div>
    </td>
  );
}
