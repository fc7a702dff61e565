import { Migration } from '@mikro-orm/migrations';

/** Quote documents (stored PDFs), the customer's decisions, contracts, per-organization document templates; the QUOTE_ACCEPTED alert. */
export class Migration20261202130000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "quote_document_kind" as enum ('QUOTE', 'SCOPE_OF_WORK', 'TERMS', 'CONTRACT');`);
    this.addSql(`create type "quote_decision_kind" as enum ('ACCEPTED', 'REJECTED');`);
    this.addSql(`alter type "alert_type" add value if not exists 'QUOTE_ACCEPTED';`);

    this.addSql(`create table "quote_document" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "quote_id" uuid not null, "version" int not null, "kind" "quote_document_kind" not null, "sha256" varchar(64) not null, "size_bytes" int not null, "content" bytea not null, constraint "quote_document_pkey" primary key ("id"));`);
    this.addSql(`alter table "quote_document" add constraint "quote_document_organization_id_quote_id_version_kind_unique" unique ("organization_id", "quote_id", "version", "kind");`);
    this.addSql(`create index "quote_document_quote_id_version_index" on "quote_document" ("quote_id", "version");`);

    this.addSql(`create table "quote_acceptance" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "quote_id" uuid not null, "version" int not null, "decision" "quote_decision_kind" not null, "name" varchar(200) null, "reason" text null, "decided_at" timestamptz not null, "ip" varchar(64) not null, "user_agent" varchar(500) null, "document_sha256" varchar(64) not null, constraint "quote_acceptance_pkey" primary key ("id"));`);
    this.addSql(`alter table "quote_acceptance" add constraint "quote_acceptance_organization_id_quote_id_version_unique" unique ("organization_id", "quote_id", "version");`);

    this.addSql(`create table "contract" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "quote_id" uuid not null, "lead_id" uuid not null, "acceptance_id" uuid not null, "version" int not null, "title" varchar(200) not null, "supplier" jsonb not null, "customer" jsonb not null, "lines" jsonb not null, "currency" varchar(3) not null, "subtotal_minor" bigint not null, "discount_minor" bigint not null, "tax_minor" bigint not null, "total_minor" bigint not null, "starts_on" date not null, "ends_on" date not null, "renewal_quote_id" uuid null, "renewals" int not null default 0, constraint "contract_pkey" primary key ("id"));`);
    this.addSql(`alter table "contract" add constraint "contract_organization_id_quote_id_unique" unique ("organization_id", "quote_id");`);
    this.addSql(`create index "contract_organization_id_created_at_id_index" on "contract" ("organization_id", "created_at", "id");`);

    this.addSql(`create table "document_template" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" uuid not null, "kind" "quote_document_kind" not null, "title" text null, "intro" text null, "body" text null, "footer" text null, constraint "document_template_pkey" primary key ("id"));`);
    this.addSql(`alter table "document_template" add constraint "document_template_organization_id_kind_unique" unique ("organization_id", "kind");`);

    for (const table of ['quote_document', 'quote_acceptance', 'contract', 'document_template']) {
      this.addSql(`alter table "${table}" add constraint "${table}_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    }
    this.addSql(`alter table "quote_document" add constraint "quote_document_quote_id_foreign" foreign key ("quote_id") references "quote" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "quote_acceptance" add constraint "quote_acceptance_quote_id_foreign" foreign key ("quote_id") references "quote" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "contract" add constraint "contract_quote_id_foreign" foreign key ("quote_id") references "quote" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "contract" add constraint "contract_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "contract" add constraint "contract_acceptance_id_foreign" foreign key ("acceptance_id") references "quote_acceptance" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "contract" add constraint "contract_renewal_quote_id_foreign" foreign key ("renewal_quote_id") references "quote" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "contract" cascade;`);
    this.addSql(`drop table if exists "quote_acceptance" cascade;`);
    this.addSql(`drop table if exists "quote_document" cascade;`);
    this.addSql(`drop table if exists "document_template" cascade;`);
    this.addSql(`drop type "quote_decision_kind";`);
    this.addSql(`drop type "quote_document_kind";`);
    // Postgres cannot drop an enum value; QUOTE_ACCEPTED stays in alert_type.
  }

}
