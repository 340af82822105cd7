import { ACTIVITY_CANON } from "../activities/activity-canon";
import type { ApiOperation } from "./api-operation";
import { ACCOUNT_OPERATIONS } from "./operations/account";
import { ACCOUNT_SECURITY_OPERATIONS } from "./operations/account-security";
import { ADMIN_OPERATIONS } from "./operations/admin";
import { ANALYTICS_OPERATIONS } from "./operations/analytics";
import { CREDENTIAL_OPERATIONS } from "./operations/credentials";
import { EVIDENCE_OPERATIONS } from "./operations/evidence";
import { INTEGRATION_OPERATIONS } from "./operations/integrations";
import { PRIVACY_OPERATIONS } from "./operations/privacy";
import { MAIL_OPERATIONS } from "./operations/mail";
import { PUBLIC_OPERATIONS } from "./operations/public";
import { REVIEW_OPERATIONS } from "./operations/review";
import { SYSTEM_OPERATIONS } from "./operations/system";

/**
 * Every JSON endpoint with the zod schema its handler validates with: the OpenAPI
 * document is generated from these (docs/product.md §11), so it cannot drift from the validation.
 * tests/unit/openapi-routes.test.ts checks that every route handler is listed and vice versa.
 */
export const API_OPERATIONS: ApiOperation[] = [
  ...SYSTEM_OPERATIONS,
  ...ACCOUNT_OPERATIONS,
  ...PRIVACY_OPERATIONS,
  ...ACCOUNT_SECURITY_OPERATIONS,
  ...EVIDENCE_OPERATIONS,
  ...REVIEW_OPERATIONS,
  ...ADMIN_OPERATIONS,
  ...ANALYTICS_OPERATIONS,
  ...PUBLIC_OPERATIONS,
  ...CREDENTIAL_OPERATIONS,
  ...INTEGRATION_OPERATIONS,
  ...MAIL_OPERATIONS,
];

/** The payload schema of each activity, published beside the operations. */
export const ACTIVITY_PAYLOAD_SCHEMAS = Object.fromEntries(
  Object.values(ACTIVITY_CANON).map((rules) => [rules.code, rules.payload]),
);
