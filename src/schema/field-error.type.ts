import { Field, ObjectType } from 'type-graphql';

/** A per-item problem inside an otherwise successful mutation (bulk operations). */
@ObjectType({ description: 'A per-item problem inside an otherwise successful mutation (bulk operations).' })
export class FieldError {
  @Field({ description: 'Error code, as in extensions.code' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'Path of the offending field, e.g. input.leads.3.email' })
  field!: string | null;

  @Field({ description: 'What is wrong, for people.' })
  message!: string;
}
