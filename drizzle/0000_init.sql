CREATE TYPE "public"."LedgerSource" AS ENUM('MANUAL', 'WEBHOOK', 'FORM');--> statement-breakpoint
CREATE TYPE "public"."Role" AS ENUM('PARTICIPANT', 'REVIEWER', 'ADMIN', 'SUPERADMIN');--> statement-breakpoint
CREATE TYPE "public"."SubmissionStatus" AS ENUM('PENDING', 'APPROVED', 'REJECTED');--> statement-breakpoint
CREATE TYPE "public"."Visibility" AS ENUM('PUBLIC', 'PRIVATE');--> statement-breakpoint
CREATE TABLE "activities" (
	"code" text NOT NULL,
	"name" text NOT NULL,
	"default_points" integer NOT NULL,
	CONSTRAINT "activities_pkey" PRIMARY KEY("code")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"actor_id" text NOT NULL,
	"action" text NOT NULL,
	"target_id" text,
	"meta" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_log_pkey" PRIMARY KEY("id")
);
--> statement-breakpoint
CREATE TABLE "badges" (
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"criteria" jsonb NOT NULL,
	"icon_url" text,
	CONSTRAINT "badges_pkey" PRIMARY KEY("code")
);
--> statement-breakpoint
CREATE TABLE "earned_badges" (
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"user_id" text NOT NULL,
	"badge_code" text NOT NULL,
	"earned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "earned_badges_pkey" PRIMARY KEY("id"),
	CONSTRAINT "earned_badges_user_id_badge_code_key" UNIQUE("user_id","badge_code")
);
--> statement-breakpoint
CREATE TABLE "kajabi_events" (
	"id" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"payload" jsonb NOT NULL,
	"processed_at" timestamp with time zone,
	"user_match" text,
	CONSTRAINT "kajabi_events_pkey" PRIMARY KEY("id")
);
--> statement-breakpoint
CREATE TABLE "points_ledger" (
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"user_id" text NOT NULL,
	"activity_code" text NOT NULL,
	"source" "LedgerSource" NOT NULL,
	"delta_points" integer NOT NULL,
	"external_source" text,
	"external_event_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "points_ledger_pkey" PRIMARY KEY("id"),
	CONSTRAINT "points_ledger_external_event_id_key" UNIQUE("external_event_id")
);
--> statement-breakpoint
CREATE TABLE "submissions" (
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"user_id" text NOT NULL,
	"activity_code" text NOT NULL,
	"status" "SubmissionStatus" DEFAULT 'PENDING' NOT NULL,
	"visibility" "Visibility" DEFAULT 'PRIVATE' NOT NULL,
	"payload" jsonb NOT NULL,
	"attachments" jsonb NOT NULL,
	"reviewer_id" text,
	"review_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "submissions_pkey" PRIMARY KEY("id")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text NOT NULL,
	"handle" text NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"avatar_url" text,
	"role" "Role" DEFAULT 'PARTICIPANT' NOT NULL,
	"school" text,
	"cohort" text,
	"kajabi_contact_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_pkey" PRIMARY KEY("id"),
	CONSTRAINT "users_handle_key" UNIQUE("handle"),
	CONSTRAINT "users_email_key" UNIQUE("email"),
	CONSTRAINT "users_kajabi_contact_id_key" UNIQUE("kajabi_contact_id")
);
--> statement-breakpoint
ALTER TABLE "earned_badges" ADD CONSTRAINT "earned_badges_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "earned_badges" ADD CONSTRAINT "earned_badges_badge_code_fkey" FOREIGN KEY ("badge_code") REFERENCES "public"."badges"("code") ON DELETE restrict ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "points_ledger" ADD CONSTRAINT "points_ledger_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "points_ledger" ADD CONSTRAINT "points_ledger_activity_code_fkey" FOREIGN KEY ("activity_code") REFERENCES "public"."activities"("code") ON DELETE restrict ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_activity_code_fkey" FOREIGN KEY ("activity_code") REFERENCES "public"."activities"("code") ON DELETE restrict ON UPDATE cascade;--> statement-breakpoint
CREATE INDEX "audit_log_actor_id_created_at_idx" ON "audit_log" USING btree ("actor_id","created_at");--> statement-breakpoint
CREATE INDEX "earned_badges_badge_code_idx" ON "earned_badges" USING btree ("badge_code");--> statement-breakpoint
CREATE INDEX "points_ledger_user_id_activity_code_idx" ON "points_ledger" USING btree ("user_id","activity_code");--> statement-breakpoint
CREATE INDEX "submissions_user_id_activity_code_idx" ON "submissions" USING btree ("user_id","activity_code");