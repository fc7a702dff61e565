import { Migration } from '@mikro-orm/migrations';

/** The time zone a call's analysis resolved its dates in, so a later change of the organization's zone does not move old appointments. */
export class Migration20261202140000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "call_analysis" add column "timezone" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "call_analysis" drop column "timezone";`);
  }

}
