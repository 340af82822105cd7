import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";

export const S3_PEER_BUCKET = "leaps-evidence";

export interface RunningS3Peer {
  /** The app's environment for this bucket (STORAGE_DRIVER=s3 and the S3_* settings). */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * A local S3-compatible server (s3rver) on a free port, or the one given, keeping its
 * objects in a temporary directory; path-style addressing and its fixed S3RVER/S3RVER
 * credentials, as the app would use a MinIO or R2 bucket.
 */
export async function startS3Peer(port = 0): Promise<RunningS3Peer> {
  const directory = mkdtempSync(path.join(os.tmpdir(), "leaps-s3rver-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port,
    silent: true,
    directory,
    configureBuckets: [{ name: S3_PEER_BUCKET, configs: [] }],
  });
  const address = await server.run();
  return {
    env: {
      STORAGE_DRIVER: "s3",
      S3_BUCKET: S3_PEER_BUCKET,
      S3_REGION: "us-east-1",
      S3_ENDPOINT: `http://127.0.0.1:${address.port}`,
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      S3_FORCE_PATH_STYLE: "true",
    },
    async stop() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
