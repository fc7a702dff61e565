import { Migration } from '@mikro-orm/migrations';

/** Quotes: the product catalog (full-text searchable), quotes, their numbered versions and lines. */
export class Migration20261202120000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "quote_status" as enum ('PENDING', 'DRAFT', 'SENT', 'ACCEPTED', 'REJECTED', 'EXPIRED', 'WITHDRAWN');`);
    this.addSql(`create type "discount_kind" as enum ('PERCENT', 'AMOUNT');`);
    this.addSql(`create table "product" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "sku" varchar(64) not null, "name" varchar(200) not null, "description" text null, "unit" varchar(32) not null, "unit_price_minor" bigint not null, "currency" varchar(3) not null, "tax_rate_milli" int not null default 0, "active" boolean not null default true, "search_vector" tsvector generated always as (setweight(to_tsvector('simple', coalesce(sku, '')), 'A') || setweight(to_tsvector('simple', name), 'A') || setweight(to_tsvector('simple', coalesce(description, '')), 'B')) stored null, constraint "product_pkey" primary key ("id"));`);
    this.addSql(`create index "product_search_vector_index" on "public"."product" using gin("search_vector");`);
    this.addSql(`create index "product_organization_id_created_at_id_index" on "product" ("organization_id", "created_at", "id");`);
    this.addSql(`alter table "product" add constraint "product_organization_id_sku_unique" unique ("organization_id", "sku");`);

    this.addSql(`create table "quote" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "lead_id" uuid not null, "title" varchar(200) not null, "request" text null, "currency" varchar(3) not null, "status" "quote_status" not null default 'DRAFT', "current_version" int not null default 1, "sent_version" int null, "valid_until" timestamptz null, "total_minor" bigint not null default 0, "call_id" uuid null, "drafted_by" varchar(16) null, "draft_error" text null, "sent_at" timestamptz null, "closed_at" timestamptz null, constraint "quote_pkey" primary key ("id"));`);
    this.addSql(`create index "quote_lead_id_created_at_index" on "quote" ("lead_id", "created_at");`);
    this.addSql(`create index "quote_organization_id_status_valid_until_index" on "quote" ("organization_id", "status", "valid_until");`);
    this.addSql(`create index "quote_organization_id_created_at_id_index" on "quote" ("organization_id", "created_at", "id");`);

    this.addSql(`create table "quote_version" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "quote_id" uuid not null, "number" int not null, "discount_kind" "discount_kind" null, "discount_value" bigint null, "subtotal_minor" bigint not null default 0, "discount_minor" bigint not null default 0, "tax_minor" bigint not null default 0, "total_minor" bigint not null default 0, "sent_at" timestamptz null, constraint "quote_version_pkey" primary key ("id"));`);
    this.addSql(`alter table "quote_version" add constraint "quote_version_quote_id_number_unique" unique ("quote_id", "number");`);

    this.addSql(`create table "quote_line" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "version_id" uuid not null, "position" int not null, "key" uuid not null, "product_id" uuid null, "sku" varchar(64) null, "description" text not null, "quantity_milli" bigint not null, "unit" varchar(32) not null, "unit_price_minor" bigint null, "tax_rate_milli" int not null default 0, "discount_kind" "discount_kind" null, "discount_value" bigint null, "gross_minor" bigint not null default 0, "line_discount_minor" bigint not null default 0, "quote_discount_minor" bigint not null default 0, "tax_minor" bigint not null default 0, "total_minor" bigint not null default 0, "needs_review" boolean not null default false, "source_phrase" text null, "confidence" real null, constraint "quote_line_pkey" primary key ("id"));`);
    this.addSql(`create index "quote_line_version_id_position_index" on "quote_line" ("version_id", "position");`);

    this.addSql(`alter table "product" add constraint "product_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "quote" add constraint "quote_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "quote" add constraint "quote_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "quote" add constraint "quote_call_id_foreign" foreign key ("call_id") references "call" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "quote_version" add constraint "quote_version_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "quote_version" add constraint "quote_version_quote_id_foreign" foreign key ("quote_id") references "quote" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "quote_line" add constraint "quote_line_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "quote_line" add constraint "quote_line_version_id_foreign" foreign key ("version_id") references "quote_version" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "quote_line" add constraint "quote_line_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "quote_line" drop constraint "quote_line_product_id_foreign";`);

    this.addSql(`alter table "quote_version" drop constraint "quote_version_quote_id_foreign";`);

    this.addSql(`alter table "quote_line" drop constraint "quote_line_version_id_foreign";`);

    this.addSql(`drop table if exists "product" cascade;`);

    this.addSql(`drop table if exists "quote" cascade;`);

    this.addSql(`drop table if exists "quote_version" cascade;`);

    this.addSql(`drop table if exists "quote_line" cascade;`);

    this.addSql(`drop type "quote_status";`);
    this.addSql(`drop type "discount_kind";`);
  }

}
