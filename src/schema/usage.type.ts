import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AiBudgetPolicy } from '../entities/organization.entity';
import './organization-settings.type';

/** Breaker states as the schema shows them; the circuit registry reports them lower-case (toCircuitState). */
export enum CircuitState {
  CLOSED = 'CLOSED',
  OPEN = 'OPEN',
  HALF_OPEN = 'HALF_OPEN',
}

registerEnumType(CircuitState, {
  name: 'CircuitState',
  description: 'State of a circuit breaker.',
  valuesConfig: {
    CLOSED: { description: 'Working: calls go through.' },
    OPEN: { description: 'Failing: calls are refused at once for a while (a CIRCUIT_OPEN alert is raised).' },
    HALF_OPEN: { description: 'Trying again: the next call decides between CLOSED and OPEN.' },
  },
});

export function toCircuitState(state: string): CircuitState {
  const value = state.toUpperCase().replace('-', '_');
  if (!(value in CircuitState)) throw new Error(`unknown circuit state ${state}`);
  return value as CircuitState;
}

@InputType({ description: 'A time range [from, to)' })
export class PeriodInput {
  @Field({ description: 'Start, included.' }) from!: Date;
  @Field({ description: 'End, excluded; after from.' }) to!: Date;
}

@ObjectType({ description: 'AI usage and cost of one group (an operation, a model, a day) or of everything.' })
export class UsageBreakdown {
  @Field({ description: 'Operation, provider:model, or YYYY-MM-DD' }) key!: string;
  @Field(() => Float, { description: 'Micro-dollars' }) costMicroDollars!: number;
  @Field(() => Int, { description: 'AI calls made' }) operations!: number;
  @Field(() => Float, { description: 'Prompt tokens sent.' }) inputTokens!: number;
  @Field(() => Float, { description: 'Completion tokens received.' }) outputTokens!: number;
  @Field(() => Float, { description: 'Seconds of audio transcribed.' }) audioSeconds!: number;
}

@ObjectType({ description: 'The monthly AI budget and what is spent of it.' })
export class BudgetStatus {
  @Field(() => Float, { nullable: true, description: 'Monthly budget in micro-dollars; null: none' }) budgetMicros!: number | null;
  @Field(() => Float, { description: 'Spent this calendar month (UTC), micro-dollars.' }) spentMonthToDateMicros!: number;
  @Field(() => Float, { nullable: true, description: 'spentMonthToDateMicros as a percentage of budgetMicros (may pass 100); null without a budget.' }) percentUsed!: number | null;
  @Field(() => AiBudgetPolicy, { description: 'What happens at 100 %: DEGRADE, BLOCK or ALLOW' }) policy!: AiBudgetPolicy;
}

@ObjectType({ description: 'AI spend and usage over a period (aiUsage, usage:read).' })
export class AiUsageReport {
  @Field({ description: 'Start of the period, included.' }) from!: Date;
  @Field({ description: 'End of the period, excluded.' }) to!: Date;
  @Field(() => UsageBreakdown, { description: 'Everything in the period.' }) total!: UsageBreakdown;
  @Field(() => [UsageBreakdown], { description: 'Per operation (analysis, transcription …), costliest first.' }) byOperation!: UsageBreakdown[];
  @Field(() => [UsageBreakdown], { description: 'Per provider:model, costliest first.' }) byModel!: UsageBreakdown[];
  @Field(() => [UsageBreakdown], { description: 'Per UTC day, oldest first.' }) byDay!: UsageBreakdown[];
  @Field(() => Float, { nullable: true, description: 'Average AI cost (micro-dollars) per call analyzed' }) costPerCall!: number | null;
  @Field(() => Float, { nullable: true, description: 'Average AI cost per email (null until emails use AI)' }) costPerEmail!: number | null;
  @Field(() => Float, { nullable: true, description: 'Average AI cost per quote (null until quotes use AI)' }) costPerQuote!: number | null;
  @Field(() => BudgetStatus, { description: 'The monthly budget now (independent of the period).' }) budget!: BudgetStatus;
}

@ObjectType('CircuitStatus', { description: 'The circuit breaker of one dependency.' })
export class CircuitStatusType {
  @Field({ description: 'openai, twilio, smtp or slack' }) name!: string;
  @Field({ description: 'closed, open or half-open', deprecationReason: 'Use breakerState, the CircuitState enum.' }) state!: string;
  @Field(() => CircuitState, { description: 'CLOSED, OPEN or HALF_OPEN.' }) breakerState!: CircuitState;
  @Field({ description: 'False when this deployment has not set the dependency up or, for Slack (set up per organization), when your organization has no webhook URL' }) configured!: boolean;
  @Field(() => Int, { description: 'Failures in a row; the breaker opens at its threshold.' }) consecutiveFailures!: number;
  @Field({ description: 'When the state last changed (or the process started).' }) changedAt!: Date;
  @Field(() => String, { nullable: true, description: 'The last failure message; null: none since start.' }) lastFailure!: string | null;
}

@ObjectType('BusinessMetrics', { description: "My organization's numbers today (its time zone)." })
export class BusinessMetricsType {
  @Field(() => Int, { description: 'Calls created today.' }) callsToday!: number;
  @Field(() => Float, { nullable: true, description: 'Completed ÷ ended calls today' }) callSuccessRate!: number | null;
  @Field(() => Float, { nullable: true, description: "From a call's end to its final analysis, ms" }) averageAnalysisLatencyMs!: number | null;
  @Field(() => Int, { description: 'Leads that became HOT today.' }) hotLeadsToday!: number;
  @Field(() => Float, { description: 'AI spend this month, micro-dollars.' }) aiSpendMonthToDateMicros!: number;
}

@ObjectType({ description: 'Health of the dependencies and today\'s numbers (systemStatus, system:read).' })
export class SystemStatus {
  @Field(() => [CircuitStatusType], { description: 'One per dependency.' }) circuits!: CircuitStatusType[];
  @Field(() => BusinessMetricsType, { description: "My organization's numbers, today in its time zone" }) metrics!: BusinessMetricsType;
  @Field({ description: 'When this status was taken.' }) checkedAt!: Date;
}
