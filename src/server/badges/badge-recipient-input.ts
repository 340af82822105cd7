import { z } from "zod";

/** Body of the award and revoke endpoints. */
export const badgeRecipientInput = z.object({ userId: z.string().min(1).max(100) }).strict();
