import "server-only";
import { callKajabiApi } from "./call-kajabi-api";
import { KajabiApiError } from "./kajabi-api-error";
import type { KajabiApiSession } from "./open-kajabi-api";

/** Deletes one hook (`DELETE /v1/hooks/:id`); one already gone counts as deleted. */
export async function deleteKajabiHook(session: KajabiApiSession, hookId: string): Promise<void> {
  try {
    await callKajabiApi(session, {
      method: "DELETE",
      path: `/v1/hooks/${encodeURIComponent(hookId)}`,
    });
  } catch (error) {
    if (!(error instanceof KajabiApiError && error.status === 404)) throw error;
  }
}
