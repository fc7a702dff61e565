import { registerEnumType } from 'type-graphql';
import { ActionItemStatus } from '../entities/action-item.entity';
import { AlertSeverity, AlertStatus, AlertType } from '../entities/alert.entity';
import { AppointmentPurpose, AppointmentStatus } from '../entities/appointment.entity';
import { AnalysisKind } from '../entities/call-analysis.entity';
import { AnalysisStatus, CallDirection, CallStatus } from '../entities/call.entity';
import { Speaker, TranscriptSource } from '../entities/transcript.entity';

export enum SentimentLabel {
  POSITIVE = 'POSITIVE',
  NEUTRAL = 'NEUTRAL',
  NEGATIVE = 'NEGATIVE',
}

export enum BuyingSignalKind {
  PRICING_INQUIRY = 'PRICING_INQUIRY',
  BUDGET_MENTIONED = 'BUDGET_MENTIONED',
  TIMELINE = 'TIMELINE',
  DECISION_MAKER = 'DECISION_MAKER',
  NEXT_STEP_REQUESTED = 'NEXT_STEP_REQUESTED',
  URGENCY = 'URGENCY',
  PURCHASE_INTENT = 'PURCHASE_INTENT',
}

export enum ObjectionKind {
  PRICE = 'PRICE',
  TIMING = 'TIMING',
  COMPETITOR = 'COMPETITOR',
  AUTHORITY = 'AUTHORITY',
  NEED = 'NEED',
  TRUST = 'TRUST',
}

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
