import { z } from "zod";

type SearchParams = Record<string, string | string[] | undefined>;

/** A server list's input schema: its filters, and the offset of the page it returns. */
type ListInputShape = z.ZodRawShape & { offset: z.ZodDefault<z.ZodCoercedNumber> };

type Forgiving<Shape extends z.ZodRawShape, Key extends keyof Shape> = {
  [Name in Key]: z.ZodCatch<z.ZodOptional<Shape[Name]>>;
};

/**
 * A list page's query-string schema, made from the server list's own input schema (the
 * one its API route parses): the named filters, and a page number in place of the
 * offset, up to the last page that offset allows. Where the API answers a malformed
 * value with 400, the page drops it: a hand-edited URL still shows a list, never an
 * error. Empty text counts as no filter.
 */
export function listPageQuery<Shape extends ListInputShape, Key extends keyof Shape & string>(
  listInput: z.ZodObject<Shape>,
  filters: readonly Key[],
  pageSize: number,
) {
  const forgiving = Object.fromEntries(
    filters.map((name) => [
      name,
      z
        .preprocess(
          (value) => (value === "" ? undefined : value),
          (listInput.shape[name] as z.ZodType).optional(),
        )
        .catch(undefined),
    ]),
  ) as unknown as Forgiving<Shape, Key>;
  const lastPage = Math.floor((listInput.shape.offset.unwrap().maxValue ?? 0) / pageSize) + 1;
  return z.object({
    ...forgiving,
    page: z.coerce
      .number()
      .int()
      .min(1)
      .transform((page) => Math.min(page, lastPage))
      .catch(1),
  });
}

/** The query string as the schema reads it: the first of any repeated parameter. */
export function parseListPageQuery<Schema extends z.ZodType>(
  schema: Schema,
  searchParams: SearchParams,
): z.output<Schema> {
  const firsts = Object.fromEntries(
    Object.entries(searchParams).map(([name, value]) => [
      name,
      Array.isArray(value) ? value[0] : value,
    ]),
  );
  return schema.parse(firsts);
}
