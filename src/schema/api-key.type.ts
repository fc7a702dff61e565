import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.type';

@ObjectType('ApiKey', { implements: Node, description: 'A partner credential. The key itself is shown once, on creation. Needs apikeys:manage (owners, admins).' })
export class ApiKeyType {
  @Field(() => ID, { description: 'The key record id (a UUID), not the secret.' })
  id!: string;

  @Field({ description: 'A name for people.' })
  name!: string;

  @Field({ description: 'The visible start of the key, e.g. sk_live_1a2b3c4d' })
  prefix!: string;

  @Field(() => [String], { description: 'The permissions the key carries, e.g. leads:read (see CreateApiKeyInput.scopes for the list).' })
  scopes!: string[];

  @Field(() => Date, { nullable: true, description: 'When it last authenticated a request (updated at most once a minute); null: never.' })
  lastUsedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; a revoked key answers UNAUTHENTICATED.' })
  revokedAt?: Date;

  @Field({ description: 'When it was created.' })
  createdAt!: Date;
}
