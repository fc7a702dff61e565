import { Migration } from '@mikro-orm/migrations';

/** Idempotency keys (services/idempotency): one row per principal, organization and key, kept 24 h. */
export class Migration20261202110000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "idempotency_key_status" as enum ('IN_PROGRESS', 'COMPLETED');`);
    this.addSql(`create table "idempotency_key" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "principal" varchar(255) not null, "key" varchar(255) not null, "operation" varchar(100) not null, "request_hash" varchar(64) not null, "status" "idempotency_key_status" not null default 'IN_PROGRESS', "response" jsonb null, "completed_at" timestamptz null, "expires_at" timestamptz not null, constraint "idempotency_key_pkey" primary key ("id"));`);
    this.addSql(`create index "idempotency_key_expires_at_index" on "idempotency_key" ("expires_at");`);
    this.addSql(`alter table "idempotency_key" add constraint "idempotency_key_organization_id_principal_key_unique" unique ("organization_id", "principal", "key");`);

    this.addSql(`alter table "idempotency_key" add constraint "idempotency_key_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "idempotency_key" cascade;`);

    this.addSql(`drop type "idempotency_key_status";`);
  }

}
