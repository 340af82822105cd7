import type { KajabiHook } from "./kajabi-hook";

/** A hook that calls this app's webhook (whatever token it carries), so it is ours to manage. */
export function isLeapsHook(hook: KajabiHook, appUrl: string): boolean {
  try {
    const target = new URL(hook.targetUrl);
    const app = new URL(appUrl);
    return (
      target.origin === app.origin &&
      target.pathname === `${app.pathname.replace(/\/+$/, "")}/api/kajabi/webhook`
    );
  } catch {
    return false;
  }
}
