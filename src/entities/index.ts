import { ActionItem } from './action-item.entity';
import { AiUsage } from './ai-usage.entity';
import { Alert } from './alert.entity';
import { ApiKey } from './api-key.entity';
import { Appointment } from './appointment.entity';
import { AuditEvent } from './audit-event.entity';
import { BudgetThresholdCrossing } from './budget-threshold-crossing.entity';
import { CallAnalysis } from './call-analysis.entity';
import { Call } from './call.entity';
import { IdempotencyKey } from './idempotency-key.entity';
import { Contract } from './contract.entity';
import { DocumentTemplate } from './document-template.entity';
import { Job } from './job.entity';
import { Lead } from './lead.entity';
import { NotificationDelivery } from './notification-delivery.entity';
import { OneTimeToken } from './one-time-token.entity';
import { OutboxEmail } from './outbox-email.entity';
import { Organization } from './organization.entity';
import { OutboxMessage } from './outbox-message.entity';
import { PhoneNumber } from './phone-number.entity';
import { Product } from './product.entity';
import { QuoteAcceptance } from './quote-acceptance.entity';
import { QuoteDocument } from './quote-document.entity';
import { Quote, QuoteLine, QuoteVersion } from './quote.entity';
import { ScoreEvent } from './score-event.entity';
import { Transcript, TranscriptSegment } from './transcript.entity';
import { User } from './user.entity';

/** The registration list MikroORM needs; also the list the tenant filter covers (all but Organization and the job/outbox plumbing). */
export const ENTITIES = [
  Organization,
  User,
  ApiKey,
  Lead,
  ScoreEvent,
  AuditEvent,
  PhoneNumber,
  Call,
  Transcript,
  TranscriptSegment,
  CallAnalysis,
  ActionItem,
  Appointment,
  Alert,
  AiUsage,
  NotificationDelivery,
  BudgetThresholdCrossing,
  OneTimeToken,
  OutboxEmail,
  IdempotencyKey,
  QuoteDocument,
  QuoteAcceptance,
  Contract,
  DocumentTemplate,
  Job,
  OutboxMessage,
  Product,
  Quote,
  QuoteVersion,
  QuoteLine,
];
const NOT_TENANT_DATA: unknown[] = [Organization, Job, OutboxMessage];
export const TENANT_ENTITIES = ENTITIES.filter((e) => !NOT_TENANT_DATA.includes(e));
