import { registerEnumType } from 'type-graphql';
import { ActionItemStatus } from '../entities/action-item.entity';
import { AlertSeverity, AlertStatus, AlertType } from '../entities/alert.entity';
import { AppointmentPurpose, AppointmentStatus } from '../entities/appointment.entity';
import { AnalysisKind } from '../entities/call-analysis.entity';
import { AnalysisStatus, CallDirection, CallStatus } from '../entities/call.entity';
import { Speaker, TranscriptSource } from '../entities/transcript.entity';
import { BUYING_SIGNAL_KINDS, OBJECTION_KINDS, SENTIMENT_LABELS } from '../services/ai/ai.types';

/** A GraphQL enum from one of the AI contract's lists, so the two can never disagree. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const SentimentLabel = enumOf(SENTIMENT_LABELS);
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number];
export const BuyingSignalKind = enumOf(BUYING_SIGNAL_KINDS);
export type BuyingSignalKind = (typeof BUYING_SIGNAL_KINDS)[number];
export const ObjectionKind = enumOf(OBJECTION_KINDS);
export type ObjectionKind = (typeof OBJECTION_KINDS)[number];

export enum CallChangeKind {
  STARTED = 'STARTED',
  UPDATED = 'UPDATED',
  ENDED = 'ENDED',
}

export enum CallOrderField {
  CREATED_AT = 'CREATED_AT',
  STARTED_AT = 'STARTED_AT',
  DURATION = 'DURATION',
}

const descriptions = (entries: Record<string, string>) => Object.fromEntries(Object.entries(entries).map(([k, description]) => [k, { description }]));

registerEnumType(CallDirection, {
  name: 'CallDirection',
  description: 'Who placed the call.',
  valuesConfig: descriptions({ INBOUND: 'The customer called one of our numbers.', OUTBOUND: 'We called the customer (startCall or a bridge).' }),
});
registerEnumType(CallStatus, {
  name: 'CallStatus',
  description: 'Only moves forward; the first terminal status (COMPLETED, BUSY, NO_ANSWER, FAILED, CANCELED) wins.',
  valuesConfig: descriptions({
    QUEUED: 'Accepted by Twilio, not ringing yet.',
    RINGING: 'Ringing at the other end.',
    IN_PROGRESS: 'Answered and running; live analysis updates as segments arrive.',
    COMPLETED: 'Answered and ended normally; the final analysis follows.',
    BUSY: 'The other end was busy.',
    NO_ANSWER: 'Nobody answered.',
    FAILED: 'Could not be placed or connected; raises a CALL_FAILED alert.',
    CANCELED: 'Hung up before it was answered.',
  }),
});
registerEnumType(AnalysisStatus, {
  name: 'AnalysisStatus',
  description: "Progress of a call's final analysis (analyzeCall, transcribeCall).",
  valuesConfig: descriptions({
    NONE: 'Not requested yet (the call runs or has no transcript).',
    PENDING: 'Queued as a background job.',
    RUNNING: 'Being analyzed now.',
    DONE: 'Call.analysis holds the final analysis.',
    FAILED: 'Gave up after retries; analyzeCall may be tried again.',
  }),
});
registerEnumType(AnalysisKind, {
  name: 'AnalysisKind',
  description: 'LIVE while the call runs; FINAL once it ended',
  valuesConfig: descriptions({ LIVE: 'Running analysis, updated with each final segment while the call is on.', FINAL: 'The post-call analysis over the whole transcript.' }),
});
registerEnumType(Speaker, {
  name: 'Speaker',
  description: 'Who spoke.',
  valuesConfig: descriptions({ AGENT: 'Our side of the call.', CUSTOMER: 'The lead or customer.' }),
});
registerEnumType(TranscriptSource, {
  name: 'TranscriptSource',
  description: 'Where a transcript came from.',
  valuesConfig: descriptions({ REALTIME: 'Streamed during the call (Twilio or a bridge).', WHISPER: 'Transcribed from the recording afterwards (transcribeCall).', MANUAL: 'Entered by a person.' }),
});
registerEnumType(SentimentLabel, {
  name: 'SentimentLabel',
  description: 'The tone of speech.',
  valuesConfig: descriptions({ POSITIVE: 'Mostly positive.', NEUTRAL: 'Neither clearly positive nor negative.', NEGATIVE: 'Mostly negative; a call that ends negative can raise a NEGATIVE_CALL alert.' }),
});
registerEnumType(BuyingSignalKind, {
  name: 'BuyingSignalKind',
  description: 'What kind of interest the customer showed; each signal moves the lead score.',
  valuesConfig: descriptions({
    PRICING_INQUIRY: 'Asked what it costs.',
    BUDGET_MENTIONED: 'Named a budget.',
    TIMELINE: 'Named when they want it.',
    DECISION_MAKER: 'Is or named who decides.',
    NEXT_STEP_REQUESTED: 'Asked for a next step (a visit, a quote, a call back).',
    URGENCY: 'Needs it soon.',
    PURCHASE_INTENT: 'Said they want to buy.',
  }),
});
registerEnumType(ObjectionKind, {
  name: 'ObjectionKind',
  description: 'What held the customer back.',
  valuesConfig: descriptions({
    PRICE: 'Too expensive.',
    TIMING: 'Not now.',
    COMPETITOR: 'Considering or using someone else.',
    AUTHORITY: 'Someone else decides.',
    NEED: 'Not sure they need it.',
    TRUST: 'Doubts about us or the product.',
  }),
});
registerEnumType(ActionItemStatus, {
  name: 'ActionItemStatus',
  description: 'Progress of a promise made on a call.',
  valuesConfig: descriptions({ OPEN: 'Still to do.', DONE: 'Done (completeActionItem).', CANCELED: 'No longer needed.' }),
});
registerEnumType(AppointmentPurpose, {
  name: 'AppointmentPurpose',
  description: 'What an appointment is for.',
  valuesConfig: descriptions({ INSPECTION: 'A site visit or inspection.', CONSULTATION: 'An advice meeting.', SERVICE: 'Service or repair work.', FOLLOW_UP: 'A follow-up conversation.', OTHER: 'Anything else.' }),
});
registerEnumType(AppointmentStatus, {
  name: 'AppointmentStatus',
  description: 'Progress of an appointment.',
  valuesConfig: descriptions({ PROPOSED: 'Agreed on a call, found by the analysis; a person should confirm it.', CONFIRMED: 'Confirmed by a person (confirmAppointment).', CANCELED: 'Canceled (cancelAppointment).', DONE: 'Took place.' }),
});
registerEnumType(AlertType, {
  name: 'AlertType',
  description: 'What an alert is about.',
  valuesConfig: descriptions({
    HOT_LEAD: 'A lead reached the hot threshold.',
    BUDGET_THRESHOLD: 'Month-to-date AI spend crossed 80, 90 or 100 % of the budget.',
    SLA_AT_RISK: 'A response deadline is close.',
    SLA_BREACHED: 'A response deadline passed.',
    NEGATIVE_CALL: 'A call ended with negative customer sentiment.',
    CALL_FAILED: 'A call could not be placed or connected.',
    CIRCUIT_OPEN: 'A dependency (OpenAI, Twilio, SMTP, Slack) keeps failing; its circuit breaker opened.',
    QUOTE_ACCEPTED: 'A customer accepted a quote on its public page (raised for the lead\'s owner).',
  }),
});
registerEnumType(AlertSeverity, {
  name: 'AlertSeverity',
  description: 'How urgent an alert is; decides channels (AlertSettings.routing) and escalation delay.',
  valuesConfig: descriptions({ CRITICAL: 'Now: notified even in quiet hours (default channels SMS, email and Slack; escalates after 5 minutes).', HIGH: 'Soon.', MEDIUM: 'Today.', LOW: 'For information.' }),
});
registerEnumType(AlertStatus, {
  name: 'AlertStatus',
  description: 'Where an alert is in its life.',
  valuesConfig: descriptions({ OPEN: 'Nobody has taken it; it escalates on schedule.', ACKNOWLEDGED: 'Someone is on it; escalation stopped.', RESOLVED: 'Done; a new occurrence of its key opens a new alert.' }),
});
registerEnumType(CallChangeKind, {
  name: 'CallChangeKind',
  description: 'What happened to a call (callUpdated subscription).',
  valuesConfig: descriptions({ STARTED: 'The call was created or started ringing.', UPDATED: 'Status or details changed.', ENDED: 'The call reached a terminal status.' }),
});
registerEnumType(CallOrderField, {
  name: 'CallOrderField',
  description: 'What `calls` sorts by; ties are broken by id.',
  valuesConfig: descriptions({ CREATED_AT: 'When the call was created.', STARTED_AT: 'When it started.', DURATION: 'How long it lasted.' }),
});
