import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.type';
import { connectionTypes } from './connection';
import { JSONObject } from './scalars';

@ObjectType('AuditEvent', { implements: Node })
export class AuditEventType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'USER, API_KEY or SYSTEM' })
  actorType!: string;

  @Field(() => String, { nullable: true })
  actorId?: string;

  @Field({ description: 'e.g. lead.update' })
  action!: string;

  @Field()
  entityType!: string;

  @Field(() => String, { nullable: true })
  entityId?: string;

  @Field(() => JSONObject, { nullable: true })
  before?: Record<string, unknown>;

  @Field(() => JSONObject, { nullable: true })
  after?: Record<string, unknown>;

  @Field(() => String, { nullable: true })
  requestId?: string;

  @Field()
  createdAt!: Date;
}

export const { Connection: AuditEventConnection } = connectionTypes(AuditEventType, 'AuditEvent');
