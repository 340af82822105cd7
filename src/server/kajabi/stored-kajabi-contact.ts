import "server-only";
import { sql } from "drizzle-orm";
import { kajabi_events } from "../db/schema";

// The contact of a stored event, wherever its body keeps it: `contact` in the signed
// body, the first `contacts` resource of a native one. Written exactly as the indexes of
// drizzle/0015_kajabi_native_support.sql, so the lookups of waiting events use them.
const NATIVE_EMAIL = sql.raw(`'$.payload[*] ? (@.type == "contacts").attributes.email'`);
const NATIVE_ID = sql.raw(`'$.payload[*] ? (@.type == "contacts").id'`);

/** The stored contact's email, lower-cased. */
export const storedContactEmail = sql<string | null>`lower(coalesce(
  ${kajabi_events.payload} #>> '{contact,email}',
  jsonb_path_query_first(${kajabi_events.payload}, ${NATIVE_EMAIL}, '{}', true) #>> '{}'
))`;

/** The stored contact's id, as text. */
export const storedContactId = sql<string | null>`(coalesce(
  ${kajabi_events.payload} #>> '{contact,id}',
  jsonb_path_query_first(${kajabi_events.payload}, ${NATIVE_ID}, '{}', true) #>> '{}'
))`;
