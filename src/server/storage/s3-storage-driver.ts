import "server-only";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { assertStorageKey, type StorageDriver } from "./storage-driver";

export interface S3Settings {
  bucket: string;
  region: string;
  /** Non-AWS services (MinIO, R2, Supabase Storage, s3rver…); AWS itself without it. */
  endpoint?: string;
  /** Both or neither; neither: the SDK's default chain (env, profile, instance role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  forcePathStyle: boolean;
}

const isMissing = (error: unknown) =>
  error instanceof S3ServiceException &&
  (error.name === "NoSuchKey" ||
    error.name === "NotFound" ||
    error.$metadata.httpStatusCode === 404);

/**
 * Objects in one bucket under the upload key itself. The bucket stays private: every read
 * goes through the app, which asks the database first and streams the object
 * (docs/decisions/024-s3-storage.md), so no object URL is ever handed out.
 */
export function s3StorageDriver(settings: S3Settings, client = s3Client(settings)): StorageDriver {
  const Bucket = settings.bucket;
  return {
    async put(key, data, contentType) {
      assertStorageKey(key);
      await client.send(
        new PutObjectCommand({
          Bucket,
          Key: key,
          Body: data,
          ContentType: contentType,
          ContentLength: data.length,
        }),
      );
    },
    async head(key) {
      assertStorageKey(key);
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        return { size: head.ContentLength ?? 0 };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async get(key, range) {
      assertStorageKey(key);
      try {
        const object = await client.send(
          new GetObjectCommand({
            Bucket,
            Key: key,
            Range: range ? `bytes=${range.start}-${range.end}` : undefined,
          }),
        );
        if (!object.Body) return null;
        const length = object.ContentLength ?? 0;
        // "bytes 0-99/1234": the whole size follows the slash.
        const total = object.ContentRange?.split("/")[1];
        return {
          body: object.Body.transformToWebStream() as ReadableStream<Uint8Array>,
          length,
          size: total && total !== "*" ? Number(total) : length,
        };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      assertStorageKey(key);
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
  };
}

function s3Client(settings: S3Settings): S3Client {
  return new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.credentials,
    // The SDK's default CRC checksums on every request are AWS's; many S3-compatible
    // services reject or ignore them, so they are sent and checked only where required.
    ...(settings.endpoint
      ? {
          requestChecksumCalculation: "WHEN_REQUIRED" as const,
          responseChecksumValidation: "WHEN_REQUIRED" as const,
        }
      : {}),
  });
}
