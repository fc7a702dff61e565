import { Migration } from '@mikro-orm/migrations';

export class Migration20261122021021 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "user_role" as enum ('OWNER', 'ADMIN', 'AGENT', 'VIEWER');`);
    this.addSql(`create type "lead_source" as enum ('WEB', 'CALL', 'EMAIL', 'SMS', 'WHATSAPP', 'CHAT', 'PARTNER', 'IMPORT');`);
    this.addSql(`create type "lead_status" as enum ('NEW', 'CONTACTED', 'QUALIFIED', 'PROPOSAL', 'WON', 'LOST');`);
    this.addSql(`create type "lead_temperature" as enum ('HOT', 'WARM', 'COLD');`);
    this.addSql(`create table "organization" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(255) not null, "slug" varchar(255) not null, "timezone" varchar(255) not null default 'UTC', "hot_threshold" smallint not null default 70, "warm_threshold" smallint not null default 40, constraint "organization_pkey" primary key ("id"));`);
    this.addSql(`alter table "organization" add constraint "organization_slug_unique" unique ("slug");`);

    this.addSql(`create table "audit_event" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "actor_type" varchar(255) not null, "actor_id" varchar(255) null, "action" varchar(255) not null, "entity_type" varchar(255) not null, "entity_id" varchar(255) null, "before" jsonb null, "after" jsonb null, "request_id" varchar(255) null, constraint "audit_event_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_event_organization_id_created_at_index" on "audit_event" ("organization_id", "created_at");`);

    this.addSql(`create table "user" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "email" varchar(255) not null, "name" varchar(255) not null, "password_hash" varchar(255) not null, "role" "user_role" not null default 'AGENT', "active" boolean not null default true, constraint "user_pkey" primary key ("id"));`);
    this.addSql(`alter table "user" add constraint "user_email_unique" unique ("email");`);

    this.addSql(`create table "lead" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "name" varchar(255) not null, "email" varchar(255) null, "phone" varchar(255) null, "company" varchar(255) null, "source" "lead_source" not null default 'WEB', "status" "lead_status" not null default 'NEW', "owner_id" uuid null, "budget_cents" bigint null, "budget_currency" varchar(3) null, "tags" text[] not null, "custom_fields" jsonb not null, "external_id" varchar(255) null, "score" smallint not null default 0, "temperature" "lead_temperature" not null default 'COLD', "last_activity_at" timestamptz not null, constraint "lead_pkey" primary key ("id"));`);
    this.addSql(`create index "lead_organization_id_last_activity_at_id_index" on "lead" ("organization_id", "last_activity_at", "id");`);
    this.addSql(`create index "lead_organization_id_score_id_index" on "lead" ("organization_id", "score", "id");`);
    this.addSql(`create index "lead_organization_id_created_at_id_index" on "lead" ("organization_id", "created_at", "id");`);
    this.addSql(`alter table "lead" add constraint "lead_organization_id_phone_unique" unique ("organization_id", "phone");`);
    this.addSql(`alter table "lead" add constraint "lead_organization_id_email_unique" unique ("organization_id", "email");`);
    this.addSql(`alter table "lead" add constraint "lead_organization_id_external_id_unique" unique ("organization_id", "external_id");`);

    this.addSql(`create table "score_event" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "lead_id" uuid not null, "delta" smallint not null, "score_after" smallint not null, "reason" varchar(255) not null, "source" varchar(255) not null, constraint "score_event_pkey" primary key ("id"));`);
    this.addSql(`create index "score_event_lead_id_created_at_index" on "score_event" ("lead_id", "created_at");`);

    this.addSql(`create table "api_key" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "name" varchar(255) not null, "prefix" varchar(255) not null, "secret_hash" varchar(255) not null, "scopes" text[] not null, "created_by_id" uuid null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_key_pkey" primary key ("id"));`);
    this.addSql(`alter table "api_key" add constraint "api_key_prefix_unique" unique ("prefix");`);

    this.addSql(`alter table "audit_event" add constraint "audit_event_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "user" add constraint "user_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "lead" add constraint "lead_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "lead" add constraint "lead_owner_id_foreign" foreign key ("owner_id") references "user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "score_event" add constraint "score_event_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "score_event" add constraint "score_event_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "api_key" add constraint "api_key_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "api_key" add constraint "api_key_created_by_id_foreign" foreign key ("created_by_id") references "user" ("id") on update cascade on delete set null;`);
  }

}
