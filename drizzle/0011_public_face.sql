CREATE TABLE "leaderboard_refreshes" (
	"id" integer NOT NULL,
	"refreshed_version" bigint DEFAULT 0 NOT NULL,
	"refreshed_at" timestamp with time zone,
	"refresh_count" integer DEFAULT 0 NOT NULL,
	"last_duration_ms" integer,
	CONSTRAINT "leaderboard_refreshes_pkey" PRIMARY KEY("id")
);
