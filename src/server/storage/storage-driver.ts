/**
 * Where evidence files live. The local driver keeps them under DATA_DIR; an
 * S3-compatible driver implements the same three calls (docs/product.md §10, §12).
 */
export interface StorageDriver {
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** The file's bytes, or null when there is no such file. */
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
}

/** `<user id>/<random hex>/<safe file name>`: nothing in a key can climb out of its folder. */
export const UPLOAD_KEY_PATTERN =
  /^user_[A-Za-z0-9]{1,64}\/[a-f0-9]{32}\/[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
