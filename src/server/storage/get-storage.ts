import "server-only";
import path from "node:path";
import { getEnv } from "../env";
import { localStorageDriver } from "./local-storage-driver";
import type { StorageDriver } from "./storage-driver";

/** The configured storage driver: local files under DATA_DIR/uploads. */
export function getStorage(): StorageDriver {
  return localStorageDriver(path.resolve(getEnv().DATA_DIR, "uploads"));
}
