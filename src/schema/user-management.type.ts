import { Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserRole } from '../entities/user.entity';
import { EmailAddress } from './scalars';

@InputType({ description: 'Deactivate a user of my organization: their sessions and open sockets end, and they can no longer sign in' })
export class DeactivateUserInput {
  @Field(() => ID, { description: 'The user; not yourself. Only an owner may deactivate an owner, and the last active owner stays' })
  userId!: string;
}

@InputType({ description: "Change a user's role; their sessions end, so they sign in again with the new permissions" })
export class ChangeUserRoleInput {
  @Field(() => ID, { description: 'The user; only an owner may change an owner or make one' })
  userId!: string;

  @Field(() => UserRole, { description: 'The new role.' })
  role!: UserRole;
}

@InputType({ description: 'Change my own password' })
export class ChangePasswordInput {
  @Field({ description: 'My current password' })
  @Length(1, 200)
  currentPassword!: string;

  @Field({ description: '12–200 characters, and hard to guess (zxcvbn score 3 of 4, not built from my email or name)' })
  newPassword!: string;
}

@InputType({ description: 'Invite someone by email; they choose their name and password with acceptInvite' })
export class InviteUserInput {
  @Field(() => EmailAddress, { description: 'Must not belong to a Switchboard user already' })
  email!: string;

  @Field(() => UserRole, { description: 'Only an owner may invite an owner' })
  role!: UserRole;
}

@ObjectType({ description: 'The invitation that was mailed (the token itself is only in the email)' })
export class InviteUserPayload {
  @Field(() => EmailAddress, { description: 'Where the invitation went.' })
  email!: string;

  @Field(() => UserRole, { description: 'The role the account will have.' })
  role!: UserRole;

  @Field({ description: 'After this the invitation can no longer be accepted (INVITE_TTL_SECONDS)' })
  expiresAt!: Date;
}

@InputType({ description: 'Accept an emailed invitation: creates the account and signs it in' })
export class AcceptInviteInput {
  @Field({ description: 'The token from the invitation email; works once' })
  @Length(1, 200)
  token!: string;

  @Field({ description: 'Your name, 1–200 characters' })
  name!: string;

  @Field({ description: '12–200 characters, and hard to guess (zxcvbn score 3 of 4)' })
  password!: string;
}

@InputType({ description: 'Ask for a password-reset email' })
export class RequestPasswordResetInput {
  @Field(() => EmailAddress, { description: 'The address of the account.' })
  email!: string;
}

@ObjectType({ description: 'The same answer whether or not the address belongs to a user' })
export class RequestPasswordResetPayload {
  @Field({ description: 'Always true: if the address belongs to an active user, a link valid for PASSWORD_RESET_TTL_SECONDS is on its way' })
  accepted!: boolean;
}

@InputType({ description: 'Set a new password with the token from a reset email' })
export class ResetPasswordInput {
  @Field({ description: 'The token from the reset email; works once' })
  @Length(1, 200)
  token!: string;

  @Field({ description: '12–200 characters, and hard to guess (zxcvbn score 3 of 4)' })
  newPassword!: string;
}
