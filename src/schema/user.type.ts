import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.type';
import { UserRole } from '../entities/user.entity';
import { EmailAddress, PhoneNumber } from './scalars';
import './enums';

@ObjectType('User', { implements: Node, description: 'A person of the organization. Visible to any signed-in member (as owner, acknowledger …); listed with users:manage.' })
export class UserType {
  @Field(() => ID, { description: 'The user id (a UUID).' })
  id!: string;

  @Field(() => EmailAddress, { description: 'Sign-in address; unique across Switchboard.' })
  email!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field(() => UserRole, { description: 'What they may do.' })
  role!: UserRole;

  @Field(() => PhoneNumber, { nullable: true, description: 'Where CRITICAL alerts reach them by SMS' })
  phone?: string;

  @Field({ description: 'False once deactivated: they cannot sign in.' })
  active!: boolean;

  @Field({ description: 'When the account was created.' })
  createdAt!: Date;
}
