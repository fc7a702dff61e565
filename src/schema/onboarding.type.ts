import { Field, InputType } from 'type-graphql';
import { EmailAddress } from './scalars';

@InputType({ description: 'A new organization and its first owner (signUp; only when the server has SIGNUP_ENABLED)' })
export class SignUpInput {
  @Field({ description: 'The organization name people see, 1–200 characters' })
  organizationName!: string;

  @Field({ description: "The owner's name, 1–200 characters" })
  name!: string;

  @Field(() => EmailAddress, { description: "The owner's sign-in email; one account per address across Switchboard (CONFLICT on input.email when taken)" })
  email!: string;

  @Field({ description: '12–200 characters, not easy to guess (zxcvbn score 3 of 4; the email, name and organization name count as easy words)' })
  password!: string;

  @Field(() => String, { nullable: true, description: 'IANA time zone of the organization (e.g. Europe/Berlin) for quiet hours and call dates; default UTC' })
  timezone?: string | null;
}
