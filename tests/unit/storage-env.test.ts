/** STORAGE_DRIVER and the S3_* settings are checked with messages that say what to fix. */
import { afterEach, describe, expect, test } from "vitest";
import { getEnv } from "../../src/server/env";

const NAMES = [
  "STORAGE_DRIVER",
  "S3_BUCKET",
  "S3_REGION",
  "S3_ENDPOINT",
  "S3_ACCESS_KEY_ID",
  "S3_SECRET_ACCESS_KEY",
  "S3_FORCE_PATH_STYLE",
];
const saved = Object.fromEntries(NAMES.map((name) => [name, process.env[name]]));

function withEnv(values: Record<string, string>) {
  for (const name of NAMES) delete process.env[name];
  Object.assign(process.env, values);
}

afterEach(() => {
  for (const name of NAMES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

describe("storage settings", () => {
  test("local by default; S3 settings are not needed then", () => {
    withEnv({});
    expect(getEnv().STORAGE_DRIVER).toBe("local");
  });

  test("s3 without a bucket or region is refused, naming both", () => {
    withEnv({ STORAGE_DRIVER: "s3" });
    expect(() => getEnv()).toThrow(/S3_BUCKET: is required when STORAGE_DRIVER=s3/);
    expect(() => getEnv()).toThrow(/S3_REGION: is required when STORAGE_DRIVER=s3/);
  });

  test("an access key without its secret (or the reverse) is refused", () => {
    withEnv({ STORAGE_DRIVER: "s3", S3_BUCKET: "b", S3_REGION: "r", S3_ACCESS_KEY_ID: "k" });
    expect(() => getEnv()).toThrow(/S3_SECRET_ACCESS_KEY: .*go together/);
    withEnv({ STORAGE_DRIVER: "s3", S3_BUCKET: "b", S3_REGION: "r", S3_SECRET_ACCESS_KEY: "s" });
    expect(() => getEnv()).toThrow(/S3_ACCESS_KEY_ID: .*go together/);
  });

  test("an unknown driver or an endpoint that is not a URL is refused", () => {
    withEnv({ STORAGE_DRIVER: "gcs" });
    expect(() => getEnv()).toThrow(/STORAGE_DRIVER/);
    withEnv({ STORAGE_DRIVER: "s3", S3_BUCKET: "b", S3_REGION: "r", S3_ENDPOINT: "minio:9000" });
    expect(() => getEnv()).toThrow(/S3_ENDPOINT/);
  });

  test("a complete S3 configuration: default credentials chain, path style off unless asked", () => {
    withEnv({ STORAGE_DRIVER: "s3", S3_BUCKET: "evidence", S3_REGION: "eu-west-1" });
    expect(getEnv()).toMatchObject({
      STORAGE_DRIVER: "s3",
      S3_BUCKET: "evidence",
      S3_REGION: "eu-west-1",
      S3_FORCE_PATH_STYLE: false,
    });
    withEnv({
      STORAGE_DRIVER: "s3",
      S3_BUCKET: "evidence",
      S3_REGION: "auto",
      S3_ENDPOINT: "https://account.r2.cloudflarestorage.com",
      S3_ACCESS_KEY_ID: "k",
      S3_SECRET_ACCESS_KEY: "s",
      S3_FORCE_PATH_STYLE: "true",
    });
    expect(getEnv()).toMatchObject({ S3_FORCE_PATH_STYLE: true, S3_ACCESS_KEY_ID: "k" });
  });
});
