import { clientMessages } from "@/i18n/client-messages";
import type { Messages } from "@/i18n/messages";

/**
 * What the console's interactive forms read with useTranslations, on top of the site's
 * client namespaces: only `review.forms` and `users.forms`. The admin layout hands these to
 * a provider of its own, so the words of the review and user forms travel to admin pages
 * alone and not to every public page (as CLIENT_NAMESPACES would send them).
 */
export function adminClientMessages(messages: Messages) {
  return {
    ...clientMessages(messages),
    review: { forms: messages.review.forms },
    users: { forms: messages.users.forms },
  };
}
