import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from './node.type';
import { AlertSeverity, AlertStatus, AlertType } from '../entities/alert.entity';
import { DeliveryChannel, DeliveryStatus } from '../entities/notification-delivery.entity';
import './call.enums';
import { connectionTypes } from './connection';
import { LeadType } from './lead.type';

registerEnumType(DeliveryChannel, { name: 'DeliveryChannel' });
registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  valuesConfig: { SENDING: { description: 'Handed to the channel; the outcome is not recorded yet. A delivery interrupted here is never sent again (FAILED, saying so), so nobody gets it twice.' } },
});

@ObjectType('Alert', { implements: Node, description: 'Something that needs a human now' })
export class AlertObjectType {
  @Field(() => ID) id!: string;
  @Field(() => AlertType) type!: AlertType;
  @Field(() => AlertSeverity) severity!: AlertSeverity;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) body?: string;
  @Field(() => String, { nullable: true, description: 'Entity type it is about (Lead, Call …)' }) subjectType?: string;
  @Field(() => String, { nullable: true }) subjectId?: string;
  @Field({ description: 'Occurrences with the same key while unresolved are counted on one alert' }) dedupKey!: string;
  @Field(() => AlertStatus) status!: AlertStatus;
  @Field(() => Int) count!: number;
  @Field() lastSeenAt!: Date;
  @Field(() => Int, { description: '1 owner of the lead, 2 admins, 3 owners' }) escalationLevel!: number;
  @Field({ description: 'When it last escalated (or was raised)' }) escalatedAt!: Date;
  @Field(() => Date, { nullable: true, description: 'Quiet (no escalation, no notifications) until then' }) snoozedUntil?: Date;
  @Field(() => Date, { nullable: true }) acknowledgedAt?: Date;
  @Field(() => String, { nullable: true, description: 'User id' }) acknowledgedBy?: string;
  @Field(() => Date, { nullable: true }) resolvedAt?: Date;
  @Field(() => String, { nullable: true, description: 'User id' }) resolvedBy?: string;
  @Field() createdAt!: Date;
}

@ObjectType()
export class AlertRaisedEvent {
  @Field(() => AlertObjectType) alert!: AlertObjectType;
  @Field({ description: 'False when an open alert with the same key was counted again' }) created!: boolean;
}

@ObjectType('NotificationDelivery', { implements: Node, description: 'One notification of an alert to one recipient over one channel' })
export class NotificationDeliveryType {
  @Field(() => ID) id!: string;
  @Field(() => DeliveryChannel) channel!: DeliveryChannel;
  @Field({ description: 'Email address, phone number or "slack"; empty when skipped for lack of one' }) recipient!: string;
  @Field(() => Int) escalationLevel!: number;
  @Field(() => DeliveryStatus) status!: DeliveryStatus;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true }) lastError?: string;
  @Field(() => Date, { nullable: true, description: 'Held for quiet hours until then' }) sendAfter?: Date;
  @Field(() => Date, { nullable: true }) sentAt?: Date;
  @Field() createdAt!: Date;
}

@ObjectType()
export class AlertCounts {
  @Field(() => Int) critical!: number;
  @Field(() => Int) high!: number;
  @Field(() => Int) medium!: number;
  @Field(() => Int) low!: number;
  @Field(() => Int) total!: number;
}

@ObjectType()
export class AlertPayload {
  @Field(() => AlertObjectType) alert!: AlertObjectType;
}

@ObjectType()
export class AlertUpdatedEvent {
  @Field({ description: 'ACKNOWLEDGED, RESOLVED, SNOOZED or ESCALATED' }) change!: string;
  @Field(() => AlertObjectType) alert!: AlertObjectType;
  @Field() at!: Date;
}

@ObjectType()
export class HotLeadEvent {
  @Field(() => LeadType) lead!: LeadType;
  @Field(() => AlertObjectType) alert!: AlertObjectType;
  @Field({ description: 'The score change that made it hot' }) reason!: string;
  @Field() at!: Date;
}

@ObjectType()
export class BudgetAlertEvent {
  @Field(() => AlertObjectType) alert!: AlertObjectType;
  @Field({ description: 'YYYY-MM' }) period!: string;
  @Field(() => Int, { description: '80, 90 or 100' }) threshold!: number;
  @Field(() => Float) spentMicros!: number;
  @Field(() => Float) budgetMicros!: number;
  @Field() at!: Date;
}

export const { Connection: AlertConnection } = connectionTypes(AlertObjectType, 'Alert');
