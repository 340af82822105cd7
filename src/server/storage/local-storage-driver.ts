import "server-only";
import { createReadStream } from "node:fs";
import { mkdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { assertStorageKey, type StorageDriver } from "./storage-driver";

/** Files under `<root>/<key>`; keys are validated so none escapes the root. */
export function localStorageDriver(root: string): StorageDriver {
  const fileOf = (key: string) => {
    assertStorageKey(key);
    return path.join(root, key);
  };
  const sizeOf = async (file: string) => {
    try {
      return (await stat(file)).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  };
  return {
    async put(key, data) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, data, { flag: "wx" });
    },
    async head(key) {
      const size = await sizeOf(fileOf(key));
      return size === null ? null : { size };
    },
    async get(key, range) {
      const file = fileOf(key);
      const size = await sizeOf(file);
      if (size === null) return null;
      const { start, end } = range ?? { start: 0, end: size - 1 };
      if (end < start) return { body: new Blob([]).stream(), length: 0, size };
      // The stream reads in 64 KiB chunks as the response drains it.
      const stream = createReadStream(file, { start, end });
      return {
        body: Readable.toWeb(stream) as ReadableStream<Uint8Array>,
        length: end - start + 1,
        size,
      };
    },
    async delete(key) {
      // The key's random folder holds only this file.
      await rm(path.dirname(fileOf(key)), { recursive: true, force: true });
    },
  };
}
