import { Field, ID, InputType } from 'type-graphql';
import { AlertSeverity, AlertStatus, AlertType } from '../entities/alert.entity';
import './call.enums';

@InputType()
export class AlertFilterInput {
  @Field(() => [AlertStatus], { nullable: true }) status?: AlertStatus[];
  @Field(() => [AlertSeverity], { nullable: true }) severity?: AlertSeverity[];
  @Field(() => [AlertType], { nullable: true }) type?: AlertType[];
  @Field({ nullable: true, description: 'Entity type it is about, e.g. Lead' }) subjectType?: string;
  @Field({ nullable: true }) subjectId?: string;
  @Field({ nullable: true }) createdAfter?: Date;
  @Field({ nullable: true }) createdBefore?: Date;
}

@InputType()
export class SnoozeAlertInput {
  @Field(() => ID) id!: string;
  @Field({ description: 'Quiet until then (at most 7 days); escalation restarts from it' }) until!: Date;
}

@InputType()
export class AlertUpdatedFilterInput {
  @Field(() => [AlertSeverity], { nullable: true }) severity?: AlertSeverity[];
  @Field(() => [AlertType], { nullable: true }) type?: AlertType[];
}
