import { Migration } from '@mikro-orm/migrations';

/** Indexes the read path's per-call child pages walk (LATERAL … ORDER BY created_at LIMIT n per call). */
export class Migration20261202100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "action_item_call_id_created_at_index" on "action_item" ("call_id", "created_at");`);
    this.addSql(`create index "appointment_call_id_created_at_index" on "appointment" ("call_id", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "action_item_call_id_created_at_index";`);
    this.addSql(`drop index "appointment_call_id_created_at_index";`);
  }
}
