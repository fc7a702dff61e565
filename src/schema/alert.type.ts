import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AlertSeverity, AlertStatus, AlertType } from '../entities/alert.entity';
import './call.enums';

@ObjectType('Alert', { description: 'Something that needs a human now' })
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
  @Field(() => Int) escalationLevel!: number;
  @Field(() => Date, { nullable: true }) acknowledgedAt?: Date;
  @Field(() => Date, { nullable: true }) resolvedAt?: Date;
  @Field() createdAt!: Date;
}

@ObjectType()
export class AlertRaisedEvent {
  @Field(() => AlertObjectType) alert!: AlertObjectType;
  @Field({ description: 'False when an open alert with the same key was counted again' }) created!: boolean;
}
