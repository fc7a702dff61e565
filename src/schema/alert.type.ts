import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from './node.type';
import { AlertSeverity, AlertStatus, AlertType } from '../entities/alert.entity';
import { DeliveryChannel, DeliveryStatus } from '../entities/notification-delivery.entity';
import './call.enums';
import { connectionTypes } from './connection';
import { LeadType } from './lead.type';

registerEnumType(DeliveryChannel, {
  name: 'DeliveryChannel',
  description: 'How a notification reaches someone.',
  valuesConfig: { SMS: { description: "A text to the user's phone (Twilio)." }, EMAIL: { description: 'An email (SMTP, or the mail outbox without SMTP_URL).' }, SLACK: { description: "The organization's Slack incoming webhook." } },
});
registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description: 'Progress of one notification.',
  valuesConfig: {
    PENDING: { description: 'Queued to be sent.' },
    HELD: { description: 'Waiting for quiet hours to end (AlertSettings.quietHours).' },
    SENDING: { description: 'Handed to the channel; the outcome is not recorded yet. A delivery interrupted here is never sent again (FAILED, saying so), so nobody gets it twice.' },
    SENT: { description: 'The channel accepted it.' },
    FAILED: { description: 'Gave up after retries; lastError says why.' },
    SKIPPED: { description: "The channel or the recipient's address is not set up: nothing to send, nothing wrong." },
  },
});

@ObjectType('Alert', { implements: Node, description: 'Something that needs a human now. Read with alerts:read; acknowledged, resolved or snoozed with alerts:write.' })
export class AlertObjectType {
  @Field(() => ID, { description: 'The alert id (a UUID).' }) id!: string;
  @Field(() => AlertType, { description: 'What it is about.' }) type!: AlertType;
  @Field(() => AlertSeverity, { description: 'How urgent; decides channels and escalation delay.' }) severity!: AlertSeverity;
  @Field({ description: 'One line for a notification or a list.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Details, plain text.' }) body?: string;
  @Field(() => String, { nullable: true, description: 'Entity type it is about (Lead, Call …)' }) subjectType?: string;
  @Field(() => ID, { nullable: true, description: 'Id of the object it is about (of type subjectType); node(id:) fetches it.' }) subjectId?: string;
  @Field({ description: 'Occurrences with the same key while unresolved are counted on one alert' }) dedupKey!: string;
  @Field(() => AlertStatus, { description: 'OPEN, ACKNOWLEDGED or RESOLVED.' }) status!: AlertStatus;
  @Field(() => Int, { description: 'Occurrences counted on this alert, 1 or more.' }) count!: number;
  @Field({ description: 'When it last occurred.' }) lastSeenAt!: Date;
  @Field(() => Int, { description: '1 owner of the lead, 2 admins, 3 owners' }) escalationLevel!: number;
  @Field({ description: 'When it last escalated (or was raised)' }) escalatedAt!: Date;
  @Field(() => Date, { nullable: true, description: 'Quiet (no escalation, no notifications) until then' }) snoozedUntil?: Date;
  @Field(() => Date, { nullable: true, description: 'When someone acknowledged it.' }) acknowledgedAt?: Date;
  @Field(() => String, { nullable: true, description: 'User id', deprecationReason: 'Use acknowledgedByUser, the User itself.' }) acknowledgedBy?: string;
  @Field(() => Date, { nullable: true, description: 'When it was resolved.' }) resolvedAt?: Date;
  @Field(() => String, { nullable: true, description: 'User id', deprecationReason: 'Use resolvedByUser, the User itself.' }) resolvedBy?: string;
  @Field({ description: 'When it was first raised.' }) createdAt!: Date;
}

@ObjectType({ description: 'An alert was raised, or counted again (alertRaised subscription).' })
export class AlertRaisedEvent {
  @Field(() => AlertObjectType, { description: 'The alert as it is now.' }) alert!: AlertObjectType;
  @Field({ description: 'False when an open alert with the same key was counted again' }) created!: boolean;
}

@ObjectType('NotificationDelivery', { implements: Node, description: 'One notification of an alert to one recipient over one channel. Needs alerts:read.' })
export class NotificationDeliveryType {
  @Field(() => ID, { description: 'The delivery id (a UUID).' }) id!: string;
  @Field(() => DeliveryChannel, { description: 'SMS, EMAIL or SLACK.' }) channel!: DeliveryChannel;
  @Field({ description: 'Email address, phone number or "slack"; empty when skipped for lack of one' }) recipient!: string;
  @Field(() => Int, { description: 'The escalation level that sent it (1–3).' }) escalationLevel!: number;
  @Field(() => DeliveryStatus, { description: 'Progress of this notification.' }) status!: DeliveryStatus;
  @Field(() => Int, { description: 'Send attempts so far.' }) attempts!: number;
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' }) lastError?: string;
  @Field(() => Date, { nullable: true, description: 'Held for quiet hours until then' }) sendAfter?: Date;
  @Field(() => Date, { nullable: true, description: 'When the channel accepted it.' }) sentAt?: Date;
  @Field({ description: 'When it was queued.' }) createdAt!: Date;
}

@ObjectType({ description: 'Numbers of alerts by severity (alertCounts).' })
export class AlertCounts {
  @Field(() => Int, { description: 'CRITICAL alerts.' }) critical!: number;
  @Field(() => Int, { description: 'HIGH alerts.' }) high!: number;
  @Field(() => Int, { description: 'MEDIUM alerts.' }) medium!: number;
  @Field(() => Int, { description: 'LOW alerts.' }) low!: number;
  @Field(() => Int, { description: 'All of them.' }) total!: number;
}

@ObjectType({ description: 'The result of an alert mutation.' })
export class AlertPayload {
  @Field(() => AlertObjectType, { description: 'The alert as stored after the mutation.' }) alert!: AlertObjectType;
}

@ObjectType({ description: 'An alert changed (alertUpdated subscription).' })
export class AlertUpdatedEvent {
  @Field({ description: 'ACKNOWLEDGED, RESOLVED, SNOOZED or ESCALATED' }) change!: string;
  @Field(() => AlertObjectType, { description: 'The alert as it is now.' }) alert!: AlertObjectType;
  @Field({ description: 'When it changed.' }) at!: Date;
}

@ObjectType({ description: 'A lead became hot (hotLead subscription).' })
export class HotLeadEvent {
  @Field(() => LeadType, { description: 'The lead, now HOT.' }) lead!: LeadType;
  @Field(() => AlertObjectType, { description: 'The HOT_LEAD alert raised for it.' }) alert!: AlertObjectType;
  @Field({ description: 'The score change that made it hot' }) reason!: string;
  @Field({ description: 'When it became hot.' }) at!: Date;
}

@ObjectType({ description: 'Month-to-date AI spend crossed a threshold of the budget (budgetAlert subscription).' })
export class BudgetAlertEvent {
  @Field(() => AlertObjectType, { description: 'The BUDGET_THRESHOLD alert.' }) alert!: AlertObjectType;
  @Field({ description: 'YYYY-MM' }) period!: string;
  @Field(() => Int, { description: '80, 90 or 100' }) threshold!: number;
  @Field(() => Float, { description: 'Spent this month, micro-dollars.' }) spentMicros!: number;
  @Field(() => Float, { description: 'The monthly budget, micro-dollars.' }) budgetMicros!: number;
  @Field({ description: 'When it crossed.' }) at!: Date;
}

export const { Connection: AlertConnection } = connectionTypes(AlertObjectType, 'Alert');
