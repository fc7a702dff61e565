import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.type';
import { UserRole } from '../entities/user.entity';
import { EmailAddress, PhoneNumber } from './scalars';
import './enums';

@ObjectType('User', { implements: Node })
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field(() => EmailAddress)
  email!: string;

  @Field()
  name!: string;

  @Field(() => UserRole)
  role!: UserRole;

  @Field(() => PhoneNumber, { nullable: true, description: 'Where CRITICAL alerts reach them by SMS' })
  phone?: string;

  @Field()
  active!: boolean;

  @Field()
  createdAt!: Date;
}
