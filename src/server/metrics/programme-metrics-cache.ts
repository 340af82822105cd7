import "server-only";
import { memoizeFor } from "../cache/memoize-for";
import { getProgrammeMetrics } from "./get-programme-metrics";

/** The programme metrics, recomputed in the background at most once a minute per app instance. */
export const programmeMetrics = memoizeFor(60_000, getProgrammeMetrics);
