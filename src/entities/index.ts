import { ApiKey } from './api-key.entity';
import { AuditEvent } from './audit-event.entity';
import { Lead } from './lead.entity';
import { Organization } from './organization.entity';
import { ScoreEvent } from './score-event.entity';
import { User } from './user.entity';

/** The registration list MikroORM needs; also the list the tenant filter covers (all but Organization). */
export const ENTITIES = [Organization, User, ApiKey, Lead, ScoreEvent, AuditEvent];
export const TENANT_ENTITIES = ENTITIES.filter((e) => e !== Organization);
