import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';

@InputType({ description: 'A time range [from, to)' })
export class PeriodInput {
  @Field() from!: Date;
  @Field() to!: Date;
}

@ObjectType()
export class UsageBreakdown {
  @Field({ description: 'Operation, provider:model, or YYYY-MM-DD' }) key!: string;
  @Field(() => Float, { description: 'Micro-dollars' }) costMicroDollars!: number;
  @Field(() => Int, { description: 'AI calls made' }) operations!: number;
  @Field(() => Float) inputTokens!: number;
  @Field(() => Float) outputTokens!: number;
  @Field(() => Float) audioSeconds!: number;
}

@ObjectType()
export class BudgetStatus {
  @Field(() => Float, { nullable: true, description: 'Monthly budget in micro-dollars; null: none' }) budgetMicros!: number | null;
  @Field(() => Float) spentMonthToDateMicros!: number;
  @Field(() => Float, { nullable: true }) percentUsed!: number | null;
  @Field({ description: 'What happens at 100 %: DEGRADE, BLOCK or ALLOW' }) policy!: string;
}

@ObjectType()
export class AiUsageReport {
  @Field() from!: Date;
  @Field() to!: Date;
  @Field(() => UsageBreakdown) total!: UsageBreakdown;
  @Field(() => [UsageBreakdown]) byOperation!: UsageBreakdown[];
  @Field(() => [UsageBreakdown]) byModel!: UsageBreakdown[];
  @Field(() => [UsageBreakdown]) byDay!: UsageBreakdown[];
  @Field(() => Float, { nullable: true, description: 'Average AI cost (micro-dollars) per call analyzed' }) costPerCall!: number | null;
  @Field(() => Float, { nullable: true, description: 'Average AI cost per email (null until emails use AI)' }) costPerEmail!: number | null;
  @Field(() => Float, { nullable: true, description: 'Average AI cost per quote (null until quotes use AI)' }) costPerQuote!: number | null;
  @Field(() => BudgetStatus) budget!: BudgetStatus;
}

@ObjectType()
export class CircuitStatusType {
  @Field({ description: 'openai, twilio, smtp or slack' }) name!: string;
  @Field({ description: 'closed, open or half-open' }) state!: string;
  @Field({ description: 'False when this deployment has not set the dependency up or, for Slack (set up per organization), when your organization has no webhook URL' }) configured!: boolean;
  @Field(() => Int) consecutiveFailures!: number;
  @Field() changedAt!: Date;
  @Field(() => String, { nullable: true }) lastFailure!: string | null;
}

@ObjectType()
export class BusinessMetricsType {
  @Field(() => Int) callsToday!: number;
  @Field(() => Float, { nullable: true, description: 'Completed ÷ ended calls today' }) callSuccessRate!: number | null;
  @Field(() => Float, { nullable: true, description: "From a call's end to its final analysis, ms" }) averageAnalysisLatencyMs!: number | null;
  @Field(() => Int) hotLeadsToday!: number;
  @Field(() => Float) aiSpendMonthToDateMicros!: number;
}

@ObjectType()
export class SystemStatus {
  @Field(() => [CircuitStatusType]) circuits!: CircuitStatusType[];
  @Field(() => BusinessMetricsType, { description: "My organization's numbers, today in its time zone" }) metrics!: BusinessMetricsType;
  @Field() checkedAt!: Date;
}
