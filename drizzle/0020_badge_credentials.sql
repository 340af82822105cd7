CREATE TABLE "badge_credentials" (
	"id" text DEFAULT gen_random_uuid()::text NOT NULL,
	"earned_badge_id" text,
	"user_id" text NOT NULL,
	"badge_code" text NOT NULL,
	"status_index" integer GENERATED ALWAYS AS IDENTITY (sequence name "badge_credentials_status_index_seq" INCREMENT BY 1 MINVALUE 0 MAXVALUE 2147483647 START WITH 0 CACHE 1),
	"credential" jsonb NOT NULL,
	"key_id" text NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "badge_credentials_pkey" PRIMARY KEY("id"),
	CONSTRAINT "badge_credentials_earned_badge_id_key" UNIQUE("earned_badge_id"),
	CONSTRAINT "badge_credentials_status_index_key" UNIQUE("status_index")
);
--> statement-breakpoint
ALTER TABLE "badge_credentials" ADD CONSTRAINT "badge_credentials_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "badge_credentials" ADD CONSTRAINT "badge_credentials_badge_code_fkey" FOREIGN KEY ("badge_code") REFERENCES "public"."badges"("code") ON DELETE restrict ON UPDATE cascade;--> statement-breakpoint
CREATE INDEX "badge_credentials_user_id_idx" ON "badge_credentials" USING btree ("user_id");