import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from './node.type';
import { connectionTypes } from './connection';
import { JSONObject } from './scalars';

/** The GraphQL side of AuditActorType (entities/audit-event.entity.ts): same values. */
export enum AuditActorKind {
  USER = 'USER',
  API_KEY = 'API_KEY',
  SYSTEM = 'SYSTEM',
}

registerEnumType(AuditActorKind, {
  name: 'AuditActorType',
  description: 'Who made an audited change.',
  valuesConfig: {
    USER: { description: 'A signed-in person; actorId is their User id.' },
    API_KEY: { description: 'A partner API key; actorId is the ApiKey id.' },
    SYSTEM: { description: 'Switchboard itself (jobs, webhooks, escalation); actorId is null.' },
  },
});

@ObjectType('AuditEvent', { implements: Node, description: 'One recorded change to the organization\'s data, with its before and after. Needs audit:read (owners, admins).' })
export class AuditEventType {
  @Field(() => ID, { description: 'The audit event id (a UUID).' })
  id!: string;

  @Field(() => AuditActorKind, { description: 'USER, API_KEY or SYSTEM' })
  actorType!: AuditActorKind;

  @Field(() => ID, { nullable: true, description: 'The User or ApiKey that made the change (see actorType); null for SYSTEM. node(id:) fetches it.' })
  actorId?: string;

  @Field({ description: 'e.g. lead.update' })
  action!: string;

  @Field({ description: 'The type of what changed, e.g. Lead.' })
  entityType!: string;

  @Field(() => ID, { nullable: true, description: 'The id of what changed; node(id:) fetches it while it exists.' })
  entityId?: string;

  @Field(() => JSONObject, { nullable: true, description: 'The changed fields before (null on creation); secrets are never recorded.' })
  before?: Record<string, unknown>;

  @Field(() => JSONObject, { nullable: true, description: 'The changed fields after (null on deletion).' })
  after?: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'The request that made the change, as in error extensions.requestId and the logs.' })
  requestId?: string;

  @Field({ description: 'When the change was committed.' })
  createdAt!: Date;
}

export const { Connection: AuditEventConnection } = connectionTypes(AuditEventType, 'AuditEvent');
