import "server-only";
import path from "node:path";
import { getEnv } from "../env";
import { localStorageDriver } from "./local-storage-driver";
import { s3StorageDriver, type S3Settings } from "./s3-storage-driver";
import type { StorageDriver } from "./storage-driver";

let cached: { config: string; driver: StorageDriver } | undefined;

/**
 * The configured storage driver (STORAGE_DRIVER): local files under DATA_DIR/uploads, or an
 * S3-compatible bucket. One driver (and so one S3 client with its connection pool) per
 * configuration; the environment is re-read each time because tests change it.
 */
export function getStorage(): StorageDriver {
  const env = getEnv();
  if (env.STORAGE_DRIVER !== "s3") {
    const root = path.resolve(env.DATA_DIR, "uploads");
    return remember(`local:${root}`, () => localStorageDriver(root));
  }
  const settings: S3Settings = {
    // env.ts requires both when STORAGE_DRIVER=s3.
    bucket: env.S3_BUCKET ?? "",
    region: env.S3_REGION ?? "",
    endpoint: env.S3_ENDPOINT,
    credentials:
      env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
        : undefined,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
  };
  return remember(`s3:${JSON.stringify(settings)}`, () => s3StorageDriver(settings));
}

function remember(config: string, create: () => StorageDriver): StorageDriver {
  if (cached?.config !== config) cached = { config, driver: create() };
  return cached.driver;
}
