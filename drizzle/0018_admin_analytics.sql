CREATE TABLE "activity_descriptions" (
	"activity_code" text NOT NULL,
	"description" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_descriptions_pkey" PRIMARY KEY("activity_code")
);
--> statement-breakpoint
ALTER TABLE "activity_descriptions" ADD CONSTRAINT "activity_descriptions_activity_code_fkey" FOREIGN KEY ("activity_code") REFERENCES "public"."activities"("code") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
CREATE INDEX "submissions_created_at_idx" ON "submissions" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "submissions_status_updated_at_idx" ON "submissions" USING btree ("status","updated_at");--> statement-breakpoint
CREATE INDEX "points_ledger_created_at_idx" ON "points_ledger" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "audit_log_created_at_id_idx" ON "audit_log" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "audit_log_action_created_at_idx" ON "audit_log" USING btree ("action","created_at");--> statement-breakpoint
CREATE INDEX "audit_log_target_id_created_at_idx" ON "audit_log" USING btree ("target_id","created_at");