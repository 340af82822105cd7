import type { z } from "zod";

export type Access = "public" | "user" | "reviewer" | "admin" | "signed webhook";

export interface ApiOperation {
  method: "get" | "post" | "patch" | "delete";
  path: string;
  summary: string;
  access: Access;
  /** JSON body, validated by this very schema in the route handler. */
  body?: z.ZodType;
  /** Query parameters, validated by this very schema in the route handler. */
  query?: z.ZodObject;
  /** Set when the body is not JSON. */
  multipart?: boolean;
  success: { status: number; description: string };
}
