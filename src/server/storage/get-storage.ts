import "server-only";
import path from "node:path";
import { getEnv } from "../env";
import { localStorageDriver } from "./local-storage-driver";
import type { StorageDriver } from "./storage-driver";

let override: StorageDriver | undefined;

/** The configured storage driver: local files under DATA_DIR/uploads. */
export function getStorage(): StorageDriver {
  return override ?? localStorageDriver(path.resolve(getEnv().DATA_DIR, "uploads"));
}

/** Uses another driver (tests, or a future S3 driver chosen at start-up). */
export function setStorage(driver: StorageDriver | undefined): void {
  override = driver;
}
