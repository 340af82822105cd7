import type { createFormatter } from "next-intl";

/**
 * next-intl's formatter: `useFormatter()` in components, `await getFormatter()` in async
 * server components, `createFormatter(...)` outside React. It carries the reader's
 * locale (id-ID / en-GB), DISPLAY_TIME_ZONE and the named formats of src/i18n/formats.ts,
 * so every date, time and number goes through it; never a hard-coded locale.
 */
export type Formatter = ReturnType<typeof createFormatter>;
