import { Field, ID, InputType } from 'type-graphql';
import { AlertSeverity, AlertStatus, AlertType } from '../entities/alert.entity';
import './call.enums';

@InputType({ description: 'Which alerts to list; all given conditions must hold.' })
export class AlertFilterInput {
  @Field(() => [AlertStatus], { nullable: true, description: 'Alerts in any of these statuses.' }) status?: AlertStatus[];
  @Field(() => [AlertSeverity], { nullable: true, description: 'Alerts of any of these severities.' }) severity?: AlertSeverity[];
  @Field(() => [AlertType], { nullable: true, description: 'Alerts of any of these types.' }) type?: AlertType[];
  @Field({ nullable: true, description: 'Entity type it is about, e.g. Lead' }) subjectType?: string;
  @Field(() => ID, { nullable: true, description: 'Alerts about this object.' }) subjectId?: string;
  @Field({ nullable: true, description: 'Raised at or after this instant.' }) createdAfter?: Date;
  @Field({ nullable: true, description: 'Raised before this instant.' }) createdBefore?: Date;
}

@InputType({ description: 'Silence an alert for a while (snoozeAlert, alerts:write).' })
export class SnoozeAlertInput {
  @Field(() => ID, { description: "The alert; NOT_FOUND for an unknown id or another organization's." }) id!: string;
  @Field({ description: 'Quiet until then (at most 7 days); escalation restarts from it' }) until!: Date;
}

@InputType({ description: 'Which alert changes to receive; all given conditions must hold.' })
export class AlertUpdatedFilterInput {
  @Field(() => [AlertSeverity], { nullable: true, description: 'Only alerts of these severities.' }) severity?: AlertSeverity[];
  @Field(() => [AlertType], { nullable: true, description: 'Only alerts of these types.' }) type?: AlertType[];
}
