import { BigIntType, Entity, Enum, Index, ManyToOne, Property, type Ref, Unique, type Opt } from '@mikro-orm/core';
import { TenantEntity } from './tenant.entity';
import { User } from './user.entity';

export enum LeadSource {
  WEB = 'WEB',
  CALL = 'CALL',
  EMAIL = 'EMAIL',
  SMS = 'SMS',
  WHATSAPP = 'WHATSAPP',
  CHAT = 'CHAT',
  PARTNER = 'PARTNER',
  IMPORT = 'IMPORT',
}

export enum LeadStatus {
  NEW = 'NEW',
  CONTACTED = 'CONTACTED',
  QUALIFIED = 'QUALIFIED',
  PROPOSAL = 'PROPOSAL',
  WON = 'WON',
  LOST = 'LOST',
}

export enum LeadTemperature {
  HOT = 'HOT',
  WARM = 'WARM',
  COLD = 'COLD',
}

/** Identity for upserts: externalId, else email, else phone — each unique within an organization. */
@Entity()
@Unique({ properties: ['organization', 'externalId'] })
@Unique({ properties: ['organization', 'email'] })
@Unique({ properties: ['organization', 'phone'] })
@Index({ properties: ['organization', 'createdAt', 'id'] })
@Index({ properties: ['organization', 'score', 'id'] })
@Index({ properties: ['organization', 'lastActivityAt', 'id'] })
export class Lead extends TenantEntity {
  @Property()
  name!: string;

  /** Lower-cased. */
  @Property({ nullable: true })
  email?: string;

  /** E.164. */
  @Property({ nullable: true })
  phone?: string;

  @Property({ nullable: true })
  company?: string;

  @Enum({ items: () => LeadSource, nativeEnumName: 'lead_source' })
  source: Opt<LeadSource> = LeadSource.WEB;

  @Enum({ items: () => LeadStatus, nativeEnumName: 'lead_status' })
  status: Opt<LeadStatus> = LeadStatus.NEW;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  owner?: Ref<User>;

  @Property({ type: new BigIntType('number'), nullable: true })
  budgetCents?: number;

  @Property({ length: 3, nullable: true })
  budgetCurrency?: string;

  @Property({ type: 'text[]' })
  tags: Opt<string[]> = [];

  @Property({ type: 'jsonb' })
  customFields: Opt<Record<string, unknown>> = {};

  @Property({ nullable: true })
  externalId?: string;

  /** 0–100; changed only by the scoring service, which writes a ScoreEvent. */
  @Property({ type: 'smallint' })
  score: Opt<number> = 0;

  @Enum({ items: () => LeadTemperature, nativeEnumName: 'lead_temperature' })
  temperature: Opt<LeadTemperature> = LeadTemperature.COLD;

  @Property({ type: 'timestamptz' })
  lastActivityAt: Opt<Date> = new Date();
}
