import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.type';

@ObjectType('ApiKey', { implements: Node, description: 'A partner credential. The key itself is shown once, on creation.' })
export class ApiKeyType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'The visible start of the key, e.g. sk_live_1a2b3c4d' })
  prefix!: string;

  @Field(() => [String])
  scopes!: string[];

  @Field(() => Date, { nullable: true })
  lastUsedAt?: Date;

  @Field(() => Date, { nullable: true })
  revokedAt?: Date;

  @Field()
  createdAt!: Date;
}
