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

registerEnumType(CallDirection, { name: 'CallDirection' });
registerEnumType(CallStatus, { name: 'CallStatus', description: 'Only moves forward; the first terminal status wins' });
registerEnumType(AnalysisStatus, { name: 'AnalysisStatus' });
registerEnumType(AnalysisKind, { name: 'AnalysisKind', description: 'LIVE while the call runs; FINAL once it ended' });
registerEnumType(Speaker, { name: 'Speaker' });
registerEnumType(TranscriptSource, { name: 'TranscriptSource' });
registerEnumType(SentimentLabel, { name: 'SentimentLabel' });
registerEnumType(BuyingSignalKind, { name: 'BuyingSignalKind' });
registerEnumType(ObjectionKind, { name: 'ObjectionKind' });
registerEnumType(ActionItemStatus, { name: 'ActionItemStatus' });
registerEnumType(AppointmentPurpose, { name: 'AppointmentPurpose' });
registerEnumType(AppointmentStatus, { name: 'AppointmentStatus' });
registerEnumType(AlertType, { name: 'AlertType' });
registerEnumType(AlertSeverity, { name: 'AlertSeverity' });
registerEnumType(AlertStatus, { name: 'AlertStatus' });
registerEnumType(CallChangeKind, { name: 'CallChangeKind' });
registerEnumType(CallOrderField, { name: 'CallOrderField' });
