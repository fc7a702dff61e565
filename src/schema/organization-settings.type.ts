import { IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DeliveryChannel } from '../entities/notification-delivery.entity';
import { AiBudgetPolicy } from '../entities/organization.entity';
import { URLResolver } from 'graphql-scalars';

registerEnumType(AiBudgetPolicy, { name: 'AiBudgetPolicy', description: 'What happens when the monthly AI budget is used up' });

@ObjectType()
export class SeverityMinutes {
  @Field(() => Int, { nullable: true }) critical!: number | null;
  @Field(() => Int, { nullable: true }) high!: number | null;
  @Field(() => Int, { nullable: true }) medium!: number | null;
  @Field(() => Int, { nullable: true }) low!: number | null;
}

@ObjectType()
export class SeverityChannels {
  @Field(() => [DeliveryChannel]) critical!: DeliveryChannel[];
  @Field(() => [DeliveryChannel]) high!: DeliveryChannel[];
  @Field(() => [DeliveryChannel]) medium!: DeliveryChannel[];
  @Field(() => [DeliveryChannel]) low!: DeliveryChannel[];
}

@ObjectType()
export class QuietHours {
  @Field({ description: 'Local HH:MM' }) start!: string;
  @Field({ description: 'Local HH:MM' }) end!: string;
}

@ObjectType()
export class AlertSettingsType {
  @Field(() => SeverityMinutes, { description: 'Minutes before an unacknowledged alert escalates; null: never' }) escalationMinutes!: SeverityMinutes;
  @Field(() => SeverityChannels, { description: 'Channels notified per severity' }) routing!: SeverityChannels;
  @Field(() => QuietHours, { nullable: true, description: 'Non-critical notifications wait until the end of this window' }) quietHours!: QuietHours | null;
  @Field({ description: 'A Slack incoming webhook is set (the URL itself is never shown)' }) slackWebhookConfigured!: boolean;
}

@InputType()
export class SeverityMinutesInput {
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) @Max(1440) critical?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) @Max(1440) high?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) @Max(1440) medium?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) @Max(1440) low?: number | null;
}

@InputType()
export class SeverityChannelsInput {
  @Field(() => [DeliveryChannel]) critical!: DeliveryChannel[];
  @Field(() => [DeliveryChannel]) high!: DeliveryChannel[];
  @Field(() => [DeliveryChannel]) medium!: DeliveryChannel[];
  @Field(() => [DeliveryChannel]) low!: DeliveryChannel[];
}

@InputType()
export class QuietHoursInput {
  @Field() @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be HH:MM' }) start!: string;
  @Field() @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be HH:MM' }) end!: string;
}

@InputType({ description: 'Omitted fields stay as they are; null clears (quietHours, slackWebhookUrl)' })
export class AlertSettingsInput {
  // class-validator checks a nested input's own rules only when told to.
  @Field(() => SeverityMinutesInput, { nullable: true }) @IsOptional() @ValidateNested() escalationMinutes?: SeverityMinutesInput;
  @Field(() => SeverityChannelsInput, { nullable: true }) routing?: SeverityChannelsInput;
  @Field(() => QuietHoursInput, { nullable: true }) @IsOptional() @ValidateNested() quietHours?: QuietHoursInput | null;
  @Field(() => URLResolver, { nullable: true }) slackWebhookUrl?: string | null;
}
