/**
 * Where evidence files live. The local driver keeps them under DATA_DIR; the S3 driver in
 * an S3-compatible bucket, so several app instances share them (docs/product.md §10, §12).
 * Reads are streamed, never buffered whole (docs/decisions/024-s3-storage.md).
 */
export interface StorageDriver {
  /** Stores a new file; uploads are checked (type, size) before they get here. */
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** The file's size, or null when there is no such file. */
  head(key: string): Promise<{ size: number } | null>;
  /**
   * The file's bytes as a stream (all of them, or the inclusive byte range asked for, which
   * the caller has checked against the size), or null when there is no such file.
   */
  get(key: string, range?: ByteRange): Promise<StoredFile | null>;
  /** Removes the file; removing a missing file is not an error. */
  delete(key: string): Promise<void>;
}

/** Inclusive byte offsets, as in an HTTP Range header. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface StoredFile {
  body: ReadableStream<Uint8Array>;
  /** Bytes in `body` (the range's length when a range was asked for). */
  length: number;
  /** The whole file's size. */
  size: number;
}

/** `<user id>/<random hex>/<safe file name>`: nothing in a key can climb out of its folder. */
export const UPLOAD_KEY_PATTERN =
  /^user_[A-Za-z0-9]{1,64}\/[a-f0-9]{32}\/[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export function assertStorageKey(key: string): void {
  if (!UPLOAD_KEY_PATTERN.test(key)) throw new Error(`invalid storage key: ${key}`);
}
