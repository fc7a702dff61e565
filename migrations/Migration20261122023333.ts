import { Migration } from '@mikro-orm/migrations';

export class Migration20261122023333 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "alert_type" as enum ('HOT_LEAD', 'BUDGET_THRESHOLD', 'SLA_AT_RISK', 'SLA_BREACHED', 'NEGATIVE_CALL', 'CALL_FAILED', 'CIRCUIT_OPEN');`);
    this.addSql(`create type "alert_severity" as enum ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW');`);
    this.addSql(`create type "alert_status" as enum ('OPEN', 'ACKNOWLEDGED', 'RESOLVED');`);
    this.addSql(`create type "call_direction" as enum ('INBOUND', 'OUTBOUND');`);
    this.addSql(`create type "call_status" as enum ('QUEUED', 'RINGING', 'IN_PROGRESS', 'COMPLETED', 'BUSY', 'NO_ANSWER', 'FAILED', 'CANCELED');`);
    this.addSql(`create type "analysis_status" as enum ('NONE', 'PENDING', 'RUNNING', 'DONE', 'FAILED');`);
    this.addSql(`create type "transcript_source" as enum ('REALTIME', 'WHISPER', 'MANUAL');`);
    this.addSql(`create type "speaker" as enum ('AGENT', 'CUSTOMER');`);
    this.addSql(`create type "analysis_kind" as enum ('LIVE', 'FINAL');`);
    this.addSql(`create type "appointment_purpose" as enum ('INSPECTION', 'CONSULTATION', 'SERVICE', 'FOLLOW_UP', 'OTHER');`);
    this.addSql(`create type "appointment_status" as enum ('PROPOSED', 'CONFIRMED', 'CANCELED', 'DONE');`);
    this.addSql(`create type "action_item_status" as enum ('OPEN', 'DONE', 'CANCELED');`);
    this.addSql(`create table "alert" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "type" "alert_type" not null, "severity" "alert_severity" not null, "title" varchar(255) not null, "body" text null, "subject_type" varchar(255) null, "subject_id" varchar(255) null, "dedup_key" varchar(255) not null, "status" "alert_status" not null default 'OPEN', "count" int not null default 1, "last_seen_at" timestamptz not null, "escalation_level" smallint not null default 0, "acknowledged_at" timestamptz null, "resolved_at" timestamptz null, constraint "alert_pkey" primary key ("id"));`);
    this.addSql(`create index "alert_organization_id_status_created_at_index" on "alert" ("organization_id", "status", "created_at");`);
    // Deduplication (DESIGN.md §4 Alert): at most one unresolved alert per key and organization.
    this.addSql(`create unique index "alert_open_dedup_key_unique" on "alert" ("organization_id", "dedup_key") where "status" <> 'RESOLVED';`);

    this.addSql(`create table "ai_usage" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "operation" varchar(255) not null, "provider" varchar(255) not null, "model" varchar(255) not null, "input_tokens" int not null default 0, "output_tokens" int not null default 0, "audio_seconds" real not null default 0, "cost_micro_dollars" bigint not null default 0, "subject_type" varchar(255) null, "subject_id" varchar(255) null, constraint "ai_usage_pkey" primary key ("id"));`);
    this.addSql(`create index "ai_usage_organization_id_created_at_index" on "ai_usage" ("organization_id", "created_at");`);

    this.addSql(`create table "phone_number" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "e164" varchar(255) not null, "label" varchar(255) not null default '', "purpose" varchar(255) not null default 'SALES', "forward_to" varchar(255) null, constraint "phone_number_pkey" primary key ("id"));`);
    this.addSql(`alter table "phone_number" add constraint "phone_number_e164_unique" unique ("e164");`);

    this.addSql(`create table "call" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "lead_id" uuid null, "phone_number_id" uuid null, "direction" "call_direction" not null, "from_number" varchar(255) not null, "to_number" varchar(255) not null, "twilio_call_sid" varchar(255) not null, "status" "call_status" not null default 'QUEUED', "started_at" timestamptz null, "answered_at" timestamptz null, "ended_at" timestamptz null, "duration_seconds" int null, "recording_url" text null, "recording_sid" varchar(255) null, "recording_seconds" int null, "analysis_status" "analysis_status" not null default 'NONE', "ended_early" boolean not null default false, constraint "call_pkey" primary key ("id"));`);
    this.addSql(`alter table "call" add constraint "call_twilio_call_sid_unique" unique ("twilio_call_sid");`);
    this.addSql(`create index "call_lead_id_created_at_index" on "call" ("lead_id", "created_at");`);
    this.addSql(`create index "call_organization_id_created_at_id_index" on "call" ("organization_id", "created_at", "id");`);

    this.addSql(`create table "transcript" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "call_id" uuid not null, "source" "transcript_source" not null default 'REALTIME', "language" varchar(255) null, constraint "transcript_pkey" primary key ("id"));`);
    this.addSql(`alter table "transcript" add constraint "transcript_call_id_unique" unique ("call_id");`);

    this.addSql(`create table "transcript_segment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "transcript_id" uuid not null, "call_id" uuid not null, "sequence" int not null, "speaker" "speaker" not null, "text" text not null, "start_ms" int not null, "end_ms" int not null, "confidence" real null, "is_final" boolean not null default true, constraint "transcript_segment_pkey" primary key ("id"));`);
    this.addSql(`create index "transcript_segment_transcript_id_sequence_index" on "transcript_segment" ("transcript_id", "sequence");`);
    this.addSql(`alter table "transcript_segment" add constraint "transcript_segment_call_id_sequence_unique" unique ("call_id", "sequence");`);

    this.addSql(`create table "call_analysis" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "call_id" uuid not null, "kind" "analysis_kind" not null default 'LIVE', "summary" text not null default '', "sentiment" jsonb not null, "buying_signals" jsonb not null, "objections" jsonb not null, "metrics" jsonb not null, "segments_analyzed" int not null default 0, "provider" varchar(255) not null default 'local', "model" varchar(255) not null default '', "prompt_version" varchar(255) not null default '', "cost_micro_dollars" bigint not null default 0, "degraded" boolean not null default false, constraint "call_analysis_pkey" primary key ("id"));`);
    this.addSql(`alter table "call_analysis" add constraint "call_analysis_call_id_unique" unique ("call_id");`);

    this.addSql(`create table "appointment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "lead_id" uuid null, "call_id" uuid null, "starts_at" timestamptz not null, "duration_minutes" int not null default 60, "location" text null, "purpose" "appointment_purpose" not null default 'OTHER', "status" "appointment_status" not null default 'PROPOSED', "quote" text null, constraint "appointment_pkey" primary key ("id"));`);
    this.addSql(`create index "appointment_organization_id_starts_at_index" on "appointment" ("organization_id", "starts_at");`);

    this.addSql(`create table "action_item" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "call_id" uuid not null, "lead_id" uuid null, "description" text not null, "owner" "speaker" not null, "due_at" timestamptz null, "status" "action_item_status" not null default 'OPEN', "completed_at" timestamptz null, constraint "action_item_pkey" primary key ("id"));`);
    this.addSql(`create index "action_item_call_id_index" on "action_item" ("call_id");`);

    this.addSql(`alter table "alert" add constraint "alert_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "ai_usage" add constraint "ai_usage_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "phone_number" add constraint "phone_number_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "call" add constraint "call_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "call" add constraint "call_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "call" add constraint "call_phone_number_id_foreign" foreign key ("phone_number_id") references "phone_number" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "transcript" add constraint "transcript_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "transcript" add constraint "transcript_call_id_foreign" foreign key ("call_id") references "call" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "transcript_segment" add constraint "transcript_segment_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "transcript_segment" add constraint "transcript_segment_transcript_id_foreign" foreign key ("transcript_id") references "transcript" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "transcript_segment" add constraint "transcript_segment_call_id_foreign" foreign key ("call_id") references "call" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "call_analysis" add constraint "call_analysis_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "call_analysis" add constraint "call_analysis_call_id_foreign" foreign key ("call_id") references "call" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "appointment" add constraint "appointment_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "appointment" add constraint "appointment_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "appointment" add constraint "appointment_call_id_foreign" foreign key ("call_id") references "call" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "action_item" add constraint "action_item_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "action_item" add constraint "action_item_call_id_foreign" foreign key ("call_id") references "call" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "action_item" add constraint "action_item_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "score_event" add column "call_id" uuid null;`);
    this.addSql(`alter table "score_event" alter column "reason" type text using ("reason"::text);`);
    this.addSql(`alter table "score_event" add constraint "score_event_call_id_foreign" foreign key ("call_id") references "call" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "call" drop constraint "call_phone_number_id_foreign";`);

    this.addSql(`alter table "transcript" drop constraint "transcript_call_id_foreign";`);

    this.addSql(`alter table "transcript_segment" drop constraint "transcript_segment_call_id_foreign";`);

    this.addSql(`alter table "score_event" drop constraint "score_event_call_id_foreign";`);

    this.addSql(`alter table "call_analysis" drop constraint "call_analysis_call_id_foreign";`);

    this.addSql(`alter table "appointment" drop constraint "appointment_call_id_foreign";`);

    this.addSql(`alter table "action_item" drop constraint "action_item_call_id_foreign";`);

    this.addSql(`alter table "transcript_segment" drop constraint "transcript_segment_transcript_id_foreign";`);

    this.addSql(`drop table if exists "alert" cascade;`);

    this.addSql(`drop table if exists "ai_usage" cascade;`);

    this.addSql(`drop table if exists "phone_number" cascade;`);

    this.addSql(`drop table if exists "call" cascade;`);

    this.addSql(`drop table if exists "transcript" cascade;`);

    this.addSql(`drop table if exists "transcript_segment" cascade;`);

    this.addSql(`drop table if exists "call_analysis" cascade;`);

    this.addSql(`drop table if exists "appointment" cascade;`);

    this.addSql(`drop table if exists "action_item" cascade;`);

    this.addSql(`alter table "score_event" drop column "call_id";`);

    this.addSql(`alter table "score_event" alter column "reason" type varchar(255) using ("reason"::varchar(255));`);

    this.addSql(`drop type "alert_type";`);
    this.addSql(`drop type "alert_severity";`);
    this.addSql(`drop type "alert_status";`);
    this.addSql(`drop type "call_direction";`);
    this.addSql(`drop type "call_status";`);
    this.addSql(`drop type "analysis_status";`);
    this.addSql(`drop type "transcript_source";`);
    this.addSql(`drop type "speaker";`);
    this.addSql(`drop type "analysis_kind";`);
    this.addSql(`drop type "appointment_purpose";`);
    this.addSql(`drop type "appointment_status";`);
    this.addSql(`drop type "action_item_status";`);
  }

}
