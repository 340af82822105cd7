CREATE TABLE "kajabi_event_results" (
	"event_id" text NOT NULL,
	"status" text NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"reason" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kajabi_event_results_pkey" PRIMARY KEY("event_id")
);
--> statement-breakpoint
ALTER TABLE "kajabi_event_results" ADD CONSTRAINT "kajabi_event_results_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "public"."kajabi_events"("id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
CREATE INDEX "kajabi_event_results_status_idx" ON "kajabi_event_results" USING btree ("status","updated_at");