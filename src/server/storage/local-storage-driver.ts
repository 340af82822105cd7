import "server-only";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { UPLOAD_KEY_PATTERN, type StorageDriver } from "./storage-driver";

/** Files under `<root>/<key>`; keys are validated so none escapes the root. */
export function localStorageDriver(root: string): StorageDriver {
  const fileOf = (key: string) => {
    if (!UPLOAD_KEY_PATTERN.test(key)) throw new Error(`invalid storage key: ${key}`);
    return path.join(root, key);
  };
  return {
    async put(key, data) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, data, { flag: "wx" });
    },
    async get(key) {
      try {
        return await readFile(fileOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(path.dirname(fileOf(key)), { recursive: true, force: true });
    },
  };
}
