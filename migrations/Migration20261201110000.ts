import { Migration } from '@mikro-orm/migrations';

/**
 * Score history ordered by application (a sequence, not a timestamp), and
 * follow-ups that remember which proposal they came from and whether a person
 * touched them, so a re-analysis reconciles instead of duplicating.
 */
export class Migration20261201110000 extends Migration {
  override async up(): Promise<void> {
    // Existing rows are numbered in their old order (time, then id); new rows take the next values.
    this.addSql(`alter table "score_event" add column "sequence" bigserial not null;`);
    this.addSql(`with ordered as (select "id", row_number() over (order by "created_at", "id") as n from "score_event") update "score_event" set "sequence" = ordered.n from ordered where ordered."id" = "score_event"."id";`);
    this.addSql(`select setval(pg_get_serial_sequence('score_event', 'sequence'), coalesce((select max("sequence") from "score_event"), 0) + 1, false);`);
    this.addSql(`drop index "score_event_lead_id_created_at_index";`);
    this.addSql(`create index "score_event_lead_id_sequence_index" on "score_event" ("lead_id", "sequence");`);

    this.addSql(`alter table "action_item" add column "proposal_key" text null, add column "touched_at" timestamptz null;`);
    this.addSql(`alter table "appointment" add column "proposal_key" text null, add column "touched_at" timestamptz null;`);
    // What people already acted on counts as touched.
    this.addSql(`update "action_item" set "touched_at" = "updated_at" where "status" <> 'OPEN';`);
    this.addSql(`update "appointment" set "touched_at" = "updated_at" where "status" <> 'PROPOSED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "appointment" drop column "proposal_key", drop column "touched_at";`);
    this.addSql(`alter table "action_item" drop column "proposal_key", drop column "touched_at";`);
    this.addSql(`drop index "score_event_lead_id_sequence_index";`);
    this.addSql(`create index "score_event_lead_id_created_at_index" on "score_event" ("lead_id", "created_at");`);
    this.addSql(`alter table "score_event" drop column "sequence";`);
  }
}
