import { IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DeliveryChannel } from '../entities/notification-delivery.entity';
import { AiBudgetPolicy } from '../entities/organization.entity';
import { URLResolver } from 'graphql-scalars';

registerEnumType(AiBudgetPolicy, {
  name: 'AiBudgetPolicy',
  description: 'What happens when the monthly AI budget is used up',
  valuesConfig: {
    DEGRADE: { description: 'Keep working with the local analyzer (analyses say degraded: true).' },
    BLOCK: { description: 'Refuse AI work with BUDGET_EXCEEDED until next month or a higher budget.' },
    ALLOW: { description: 'Keep using the provider; the budget alerts still fire.' },
  },
});

@ObjectType({ description: 'Minutes per alert severity; null: never.' })
export class SeverityMinutes {
  @Field(() => Int, { nullable: true, description: 'For CRITICAL alerts, 1–1440.' }) critical!: number | null;
  @Field(() => Int, { nullable: true, description: 'For HIGH alerts, 1–1440.' }) high!: number | null;
  @Field(() => Int, { nullable: true, description: 'For MEDIUM alerts, 1–1440.' }) medium!: number | null;
  @Field(() => Int, { nullable: true, description: 'For LOW alerts, 1–1440.' }) low!: number | null;
}

@ObjectType({ description: 'Notification channels per alert severity.' })
export class SeverityChannels {
  @Field(() => [DeliveryChannel], { description: 'For CRITICAL alerts.' }) critical!: DeliveryChannel[];
  @Field(() => [DeliveryChannel], { description: 'For HIGH alerts.' }) high!: DeliveryChannel[];
  @Field(() => [DeliveryChannel], { description: 'For MEDIUM alerts.' }) medium!: DeliveryChannel[];
  @Field(() => [DeliveryChannel], { description: 'For LOW alerts.' }) low!: DeliveryChannel[];
}

@ObjectType({ description: 'A daily window, in the organization time zone, when only CRITICAL alerts notify.' })
export class QuietHours {
  @Field({ description: 'Local HH:MM' }) start!: string;
  @Field({ description: 'Local HH:MM' }) end!: string;
}

@ObjectType('AlertSettings', { description: 'How alerts escalate and notify in this organization.' })
export class AlertSettingsType {
  @Field(() => SeverityMinutes, { description: 'Minutes before an unacknowledged alert escalates; null: never' }) escalationMinutes!: SeverityMinutes;
  @Field(() => SeverityChannels, { description: 'Channels notified per severity' }) routing!: SeverityChannels;
  @Field(() => QuietHours, { nullable: true, description: 'Non-critical notifications wait until the end of this window' }) quietHours!: QuietHours | null;
  @Field({ description: 'A Slack incoming webhook is set (the URL itself is never shown)' }) slackWebhookConfigured!: boolean;
}

@InputType({ description: 'Minutes per alert severity before an unacknowledged alert escalates; null: never.' })
export class SeverityMinutesInput {
  @Field(() => Int, { nullable: true, description: 'For CRITICAL alerts, 1–1440.' }) @IsOptional() @Min(1) @Max(1440) critical?: number | null;
  @Field(() => Int, { nullable: true, description: 'For HIGH alerts, 1–1440.' }) @IsOptional() @Min(1) @Max(1440) high?: number | null;
  @Field(() => Int, { nullable: true, description: 'For MEDIUM alerts, 1–1440.' }) @IsOptional() @Min(1) @Max(1440) medium?: number | null;
  @Field(() => Int, { nullable: true, description: 'For LOW alerts, 1–1440.' }) @IsOptional() @Min(1) @Max(1440) low?: number | null;
}

@InputType({ description: 'Notification channels per alert severity; each list replaces the current one.' })
export class SeverityChannelsInput {
  @Field(() => [DeliveryChannel], { description: 'For CRITICAL alerts.' }) critical!: DeliveryChannel[];
  @Field(() => [DeliveryChannel], { description: 'For HIGH alerts.' }) high!: DeliveryChannel[];
  @Field(() => [DeliveryChannel], { description: 'For MEDIUM alerts.' }) medium!: DeliveryChannel[];
  @Field(() => [DeliveryChannel], { description: 'For LOW alerts.' }) low!: DeliveryChannel[];
}

@InputType({ description: 'A daily quiet window in the organization time zone; it may cross midnight (22:00–07:00).' })
export class QuietHoursInput {
  @Field({ description: 'Local HH:MM, 24-hour.' }) @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be HH:MM' }) start!: string;
  @Field({ description: 'Local HH:MM, 24-hour.' }) @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be HH:MM' }) end!: string;
}

@InputType({ description: 'Omitted fields stay as they are; null clears (quietHours, slackWebhookUrl)' })
export class AlertSettingsInput {
  // class-validator checks a nested input's own rules only when told to.
  @Field(() => SeverityMinutesInput, { nullable: true, description: 'Minutes before an unacknowledged alert escalates, per severity.' }) @IsOptional() @ValidateNested() escalationMinutes?: SeverityMinutesInput;
  @Field(() => SeverityChannelsInput, { nullable: true, description: 'Channels notified per severity.' }) routing?: SeverityChannelsInput;
  @Field(() => QuietHoursInput, { nullable: true, description: 'Non-critical notifications wait until its end; null clears.' }) @IsOptional() @ValidateNested() quietHours?: QuietHoursInput | null;
  @Field(() => URLResolver, { nullable: true, description: 'A Slack incoming webhook URL (write-only: never shown again); null clears.' }) slackWebhookUrl?: string | null;
}
