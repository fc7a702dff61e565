import { Migration } from '@mikro-orm/migrations';

/** Session versions, one-time tokens (password reset, invitation) and the account-email outbox. */
export class Migration20261201160000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "one_time_token_kind" as enum ('PASSWORD_RESET', 'INVITE');`);
    this.addSql(`create table "outbox_email" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "to" varchar(255) not null, "subject" varchar(255) not null, "text" text not null, constraint "outbox_email_pkey" primary key ("id"));`);

    this.addSql(`create table "one_time_token" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "kind" "one_time_token_kind" not null, "token_hash" varchar(255) not null, "user_id" uuid null, "email" varchar(255) not null, "role" "user_role" null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "one_time_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "one_time_token" add constraint "one_time_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "one_time_token_user_id_index" on "one_time_token" ("user_id");`);

    this.addSql(`alter table "outbox_email" add constraint "outbox_email_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "one_time_token" add constraint "one_time_token_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "one_time_token" add constraint "one_time_token_user_id_foreign" foreign key ("user_id") references "user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "user" add column "session_version" int not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "outbox_email" cascade;`);

    this.addSql(`drop table if exists "one_time_token" cascade;`);

    this.addSql(`alter table "user" drop column "session_version";`);

    this.addSql(`drop type "one_time_token_kind";`);
  }

}
