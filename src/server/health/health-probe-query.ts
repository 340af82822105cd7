import { z } from "zod";

/** GET /api/health's query: no probe (the database check), liveness or readiness. Other
 * parameters are ignored, as they always were (monitors add cache busters). */
export const healthProbeQuery = z.object({ probe: z.enum(["live", "ready"]).optional() });
