import { ManyToOne, type Ref } from '@mikro-orm/core';
import { BaseEntity } from './base.entity';
import { Organization } from './organization.entity';

/**
 * Every business row belongs to one organization. Reads are scoped by the
 * `tenant` filter (see db/tenant-filter.ts); writes set `organization` explicitly.
 */
export abstract class TenantEntity extends BaseEntity {
  @ManyToOne(() => Organization, { ref: true, deleteRule: 'cascade' })
  organization!: Ref<Organization>;
}
