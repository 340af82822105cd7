import "server-only";
import { z } from "zod";
import { commaList, isTimeZone, onUnlessFalse, optionalText } from "./env-fields";

/**
 * Environment, validated when read (getEnv). Secrets and connection strings come only
 * from here; every variable is in the README's table.
 */
const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    /** PostgreSQL connection string; without it the app runs on embedded PGlite. */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    /**
     * A direct (session) connection for migrations, when DATABASE_URL goes through a
     * transaction pooler; without it migrations use DATABASE_URL.
     */
    DATABASE_MIGRATION_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    /** "false": the server never migrates; `npm run db:migrate` is then a release step. */
    MIGRATE_ON_START: onUnlessFalse,
    /** "false": no background jobs in this process (serverless; schedulers call /api/cron/*). */
    BACKGROUND_JOBS: onUnlessFalse,
    /**
     * Next.js's key for server action ids and closures, the same on every instance of one
     * deployment: base64 of 16, 24 or 32 random bytes (`openssl rand -base64 32`). Checked at
     * start (check-configuration.ts), since Next.js itself reads it.
     */
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: optionalText,
    /**
     * Processes and shutdown (scripts/serve.mjs, which reads them itself before Next.js
     * starts; validated here so the start-up check reports a bad value). WEB_CONCURRENCY:
     * server processes, default one per core with PostgreSQL, always 1 on PGlite.
     * SHUTDOWN_TIMEOUT_MS: how long in-flight requests may take after SIGTERM.
     */
    WEB_CONCURRENCY: z.coerce.number().int().min(1).max(256).optional(),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1).max(600_000).default(10_000),
    /** The language when neither the NEXT_LOCALE cookie nor Accept-Language picks one. */
    DEFAULT_LOCALE: z
      .enum(["en", "id", ""])
      .optional()
      .transform((value) => (value === "id" ? "id" : "en")),
    /** The IANA time zone every date and time is shown in (docs/product.md §14). */
    DISPLAY_TIME_ZONE: optionalText
      .transform((zone) => zone ?? "Asia/Jakarta")
      .refine(isTimeZone, "must be an IANA time zone such as Asia/Jakarta"),
    /** Where PGlite keeps its files (and local uploads). */
    DATA_DIR: z.string().min(1).default("./data"),
    /**
     * Where evidence files live (docs/product.md §10): "local" under DATA_DIR/uploads, or
     * "s3", an S3-compatible bucket that several instances share (the S3_* settings).
     */
    STORAGE_DRIVER: z
      .enum(["local", "s3", ""])
      .optional()
      .transform((value) => (value === "s3" ? "s3" : "local")),
    S3_BUCKET: optionalText,
    S3_REGION: optionalText,
    /** A non-AWS service's address (MinIO, R2, Supabase Storage…); AWS without it. */
    S3_ENDPOINT: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
    /** Both or neither; neither: the AWS SDK's default chain (environment, profile, role). */
    S3_ACCESS_KEY_ID: optionalText,
    S3_SECRET_ACCESS_KEY: optionalText,
    /** "true": bucket in the path (most non-AWS services) rather than in the host name. */
    S3_FORCE_PATH_STYLE: z
      .enum(["true", "false", ""])
      .optional()
      .transform((value) => value === "true"),
    /** Upper bound of the PostgreSQL connection pool of one app instance. */
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    AUTH_PROVIDER: z.enum(["local", "clerk"]).default("local"),
    /** Local sign-ups one client may attempt per hour (tests and demos raise it). */
    SIGN_UP_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(10),
    /**
     * How many reverse proxies in front of the app append to X-Forwarded-For; the client
     * address is the entry that many places from the right. 0: no proxy, the socket's
     * address (docs/decisions/010-client-address.md).
     */
    TRUST_PROXY_HOPS: z
      .string()
      .optional()
      .transform((value) => (value?.trim() ? value.trim() : "0"))
      .pipe(z.string().regex(/^\d{1,2}$/, "must be a whole number from 0 to 99"))
      .transform(Number),
    /**
     * The session cookie's Secure flag: always set in production unless this is "false"
     * (plain-HTTP development and the browser tests); outside production off unless "true".
     */
    COOKIE_SECURE: z
      .enum(["true", "false", ""])
      .optional()
      .transform((value) => (value ? value === "true" : undefined)),
    /** Emails that become SUPERADMIN when they sign up (lower-cased). */
    ADMIN_EMAILS: commaList.transform((emails) => emails.map((email) => email.toLowerCase())),
    /** Clerk's PEM public key; env files often carry it with literal "\n". */
    CLERK_JWT_KEY: optionalText.transform((pem) => pem?.replace(/\\n/g, "\n")),
    CLERK_ISSUER: optionalText,
    CLERK_AUTHORIZED_PARTIES: commaList,
    CLERK_WEBHOOK_SECRET: optionalText,
    CLERK_SIGN_IN_URL: optionalText,
    CLERK_SIGN_UP_URL: optionalText,
    /** Bearer token of the /api/cron/* endpoints (GET or POST); without it they answer 503. */
    CRON_SECRET: optionalText,
    /** Shared secret of the Kajabi webhook's HMAC signature; without it the endpoint answers 503. */
    KAJABI_WEBHOOK_SECRET: optionalText,
    /**
     * Secret of Kajabi's native hooks, which cannot sign: it travels in the target URL
     * (`?token=`), so it is long and URL-safe. Either this or the HMAC secret enables the webhook.
     */
    KAJABI_WEBHOOK_TOKEN: optionalText.pipe(
      z
        .string()
        .regex(
          /^[A-Za-z0-9._~-]{32,256}$/,
          "must be 32–256 URL-safe characters (A–Z a–z 0–9 . _ ~ -)",
        )
        .optional(),
    ),
    /** Kajabi API credentials (User API Keys) for `npm run kajabi:hooks`. */
    KAJABI_CLIENT_ID: optionalText,
    KAJABI_CLIENT_SECRET: optionalText,
    /** Kajabi's API; another base only for tests. */
    KAJABI_API_URL: z
      .string()
      .optional()
      .transform((value) => (value?.trim() ? value.trim() : "https://api.kajabi.com"))
      .pipe(z.url({ protocol: /^https?$/ }))
      .transform((url) => url.replace(/\/+$/, "")),
    /** The Kajabi site whose hooks `npm run kajabi:hooks` manages, when the keys reach several. */
    KAJABI_SITE_ID: optionalText,
    /** The app's public address, e.g. https://leaps.example.org (hook targets, links). */
    APP_URL: optionalText.pipe(
      z
        .url({ protocol: /^https?$/ })
        .transform((url) => url.replace(/\/+$/, ""))
        .optional(),
    ),
    /**
     * The Open Badges signing key (docs/product.md §15): base64url of a 32-byte Ed25519 seed,
     * `npm run badges:keygen`. Required with DATABASE_URL; the embedded mode generates one
     * into DATA_DIR/badge-signing-key when absent.
     */
    BADGE_SIGNING_KEY: optionalText,
    /**
     * Public keys (publicKeyMultibase, z6Mk…) of earlier signing keys, comma-separated: they
     * stay published in the issuer's DID document so credentials they signed still verify.
     */
    BADGE_PREVIOUS_KEYS: commaList.pipe(
      z.array(z.string().regex(/^z6Mk[1-9A-HJ-NP-Za-km-z]{44}$/, "must be z6Mk… public keys")),
    ),
    /**
     * Mail (docs/product.md §13): the SMTP server as a URL with its credentials, e.g.
     * smtps://user:pass@smtp.example.org:465 or smtp://localhost:2525. Without it messages
     * stay in the outbox, readable at /admin/mail.
     */
    SMTP_URL: optionalText.pipe(
      z
        .string()
        .regex(/^smtps?:\/\/[^\s]+$/, "must be an smtp:// or smtps:// URL")
        .optional(),
    ),
    /** The sender, e.g. `"LEAPS Tracker" <leaps@example.org>`; default: no-reply at APP_URL's host. */
    MAIL_FROM: optionalText,
    /** Course-completion tags that credit LEARN, compared trimmed and lower-cased. */
    KAJABI_LEARN_TAGS: z
      .string()
      .optional()
      .transform((value) =>
        (value?.trim() ? value : "elevate-ai-1-completed,elevate-ai-2-completed")
          .split(",")
          .map((tag) => tag.trim().toLowerCase())
          .filter(Boolean),
      ),
  })
  .refine((env) => env.AUTH_PROVIDER !== "clerk" || Boolean(env.CLERK_JWT_KEY), {
    path: ["CLERK_JWT_KEY"],
    message: "is required when AUTH_PROVIDER=clerk",
  })
  .superRefine((env, context) => {
    if (env.STORAGE_DRIVER !== "s3") return;
    for (const name of ["S3_BUCKET", "S3_REGION"] as const) {
      if (!env[name]) {
        const hint =
          name === "S3_REGION" ? " (any name, e.g. us-east-1, where the service has none)" : "";
        context.addIssue({
          code: "custom",
          path: [name],
          message: `is required when STORAGE_DRIVER=s3${hint}`,
        });
      }
    }
    if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
      context.addIssue({
        code: "custom",
        path: [env.S3_ACCESS_KEY_ID ? "S3_SECRET_ACCESS_KEY" : "S3_ACCESS_KEY_ID"],
        message:
          "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together (or leave both out for the AWS SDK's default credentials)",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

/** The variables the schema reads, whose values key the parsed configuration. */
const ENV_NAMES = Object.keys(envSchema.shape);
let parsedFor: { key: string; env: Env } | undefined;

/**
 * The validated configuration, parsed again only when one of its variables changed (tests
 * change them; a running server does not). Parsing on every call (a dozen calls per
 * request) cost about 8% of the CPU of serving a cached page.
 */
export function getEnv(): Env {
  const key = ENV_NAMES.map((name) => process.env[name] ?? "\u0000").join("\u0001");
  if (parsedFor?.key === key) return parsedFor.env;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment: ${problems.join("; ")}`);
  }
  parsedFor = { key, env: Object.freeze(parsed.data) };
  return parsedFor.env;
}
