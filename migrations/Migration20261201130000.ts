import { Migration } from '@mikro-orm/migrations';

/** Durable embedded jobs (job), the transactional outbox (outbox_message), and SENDING deliveries. */
export class Migration20261201130000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "job_status" as enum ('WAITING', 'RUNNING', 'COMPLETED', 'FAILED');`);
    this.addSql(`create table "job" ("id" uuid not null, "name" varchar(255) not null, "data" jsonb not null, "job_key" varchar(255) null, "status" "job_status" not null default 'WAITING', "attempts" smallint not null default 0, "max_attempts" smallint not null, "run_at" timestamptz not null, "locked_until" timestamptz null, "locked_by" varchar(255) null, "last_error" text null, "created_at" timestamptz not null, "finished_at" timestamptz null, constraint "job_pkey" primary key ("id"));`);
    this.addSql(`alter table "job" add constraint "job_job_key_unique" unique ("job_key");`);
    this.addSql(`create index "job_status_run_at_index" on "job" ("status", "run_at");`);

    this.addSql(`create table "outbox_message" ("id" uuid not null, "kind" varchar(8) not null, "name" varchar(255) not null, "payload" jsonb not null, "job_id" varchar(255) null, "run_at" timestamptz null, "created_at" timestamptz not null, "relay_after" timestamptz not null, "attempts" smallint not null default 0, constraint "outbox_message_pkey" primary key ("id"));`);
    this.addSql(`create index "outbox_message_relay_after_index" on "outbox_message" ("relay_after");`);

    this.addSql(`alter type "delivery_status" add value if not exists 'SENDING' after 'HELD';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "job" cascade;`);
    this.addSql(`drop table if exists "outbox_message" cascade;`);
    this.addSql(`drop type "job_status";`);
  }

}
