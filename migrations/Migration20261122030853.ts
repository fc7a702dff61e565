import { Migration } from '@mikro-orm/migrations';

export class Migration20261122030853 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "ai_budget_policy" as enum ('DEGRADE', 'BLOCK', 'ALLOW');`);
    this.addSql(`create type "delivery_channel" as enum ('SMS', 'EMAIL', 'SLACK');`);
    this.addSql(`create type "delivery_status" as enum ('PENDING', 'HELD', 'SENT', 'FAILED', 'SKIPPED');`);
    this.addSql(`create table "budget_threshold_crossing" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "period" varchar(255) not null, "threshold" smallint not null, "spent_micros" bigint not null, constraint "budget_threshold_crossing_pkey" primary key ("id"));`);
    this.addSql(`alter table "budget_threshold_crossing" add constraint "budget_threshold_crossing_organization_id_period__2b14c_unique" unique ("organization_id", "period", "threshold");`);

    this.addSql(`create table "notification_delivery" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "alert_id" uuid not null, "channel" "delivery_channel" not null, "recipient" varchar(255) not null, "user_id" varchar(255) null, "escalation_level" smallint not null, "status" "delivery_status" not null default 'PENDING', "attempts" smallint not null default 0, "last_error" text null, "send_after" timestamptz null, "sent_at" timestamptz null, constraint "notification_delivery_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_delivery_alert_id_index" on "notification_delivery" ("alert_id");`);

    this.addSql(`alter table "budget_threshold_crossing" add constraint "budget_threshold_crossing_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "notification_delivery" add constraint "notification_delivery_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notification_delivery" add constraint "notification_delivery_alert_id_foreign" foreign key ("alert_id") references "alert" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "organization" add column "ai_monthly_budget_micros" bigint null, add column "ai_budget_policy" "ai_budget_policy" not null default 'DEGRADE', add column "alert_settings" jsonb not null default '{"escalationMinutes":{"CRITICAL":5,"HIGH":15,"MEDIUM":null,"LOW":null},"routing":{"CRITICAL":["SMS","EMAIL","SLACK"],"HIGH":["EMAIL","SLACK"],"MEDIUM":["SLACK"],"LOW":[]},"quietHours":null,"slackWebhookUrl":null}'::jsonb;`);

    this.addSql(`alter table "alert" add column "escalated_at" timestamptz not null default now(), add column "snoozed_until" timestamptz null, add column "acknowledged_by" varchar(255) null, add column "resolved_by" varchar(255) null;`);

    this.addSql(`alter table "user" add column "phone" varchar(255) null;`);

    // The defaults above only backfill existing rows; new rows get their values from the entities.
    this.addSql(`alter table "organization" alter column "alert_settings" drop default;`);
    this.addSql(`alter table "alert" alter column "escalated_at" drop default;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "budget_threshold_crossing" cascade;`);

    this.addSql(`drop table if exists "notification_delivery" cascade;`);

    this.addSql(`alter table "alert" drop column "escalated_at", drop column "snoozed_until", drop column "acknowledged_by", drop column "resolved_by";`);

    this.addSql(`CREATE UNIQUE INDEX alert_open_dedup_key_unique ON public.alert USING btree (organization_id, dedup_key) WHERE (status <> 'RESOLVED'::alert_status);`);

    this.addSql(`alter table "organization" drop column "ai_monthly_budget_micros", drop column "ai_budget_policy", drop column "alert_settings";`);

    this.addSql(`alter table "user" drop column "phone";`);

    this.addSql(`drop type "ai_budget_policy";`);
    this.addSql(`drop type "delivery_channel";`);
    this.addSql(`drop type "delivery_status";`);
  }

}
