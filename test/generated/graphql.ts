import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A field whose value is a Currency: https://en.wikipedia.org/wiki/ISO_4217. */
  Currency: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** A field whose value conforms to the standard internet email address format as specified in HTML Spec: https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address. */
  EmailAddress: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). Input: at most 5 levels of nesting and 16 KB as JSON. */
  JSON: { input: unknown; output: unknown; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). Input: at most 5 levels of nesting and 16 KB as JSON. */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A field whose value conforms to the standard E.164 format as specified in: https://en.wikipedia.org/wiki/E.164. Basically this is +17895551234. */
  PhoneNumber: { input: string; output: string; }
  /** The `SafeInt` scalar type represents non-fractional signed whole numeric values that are considered safe as defined by the ECMAScript specification. */
  SafeInt: { input: any; output: any; }
  /** A field whose value conforms to the standard URL format as specified in RFC3986: https://www.ietf.org/rfc/rfc3986.txt. */
  URL: { input: any; output: any; }
};

/** Accept an emailed invitation: creates the account and signs it in */
export type AcceptInviteInput = {
  /** Your name, 1–200 characters */
  name: Scalars['String']['input'];
  /** 12–200 characters, and hard to guess (zxcvbn score 3 of 4) */
  password: Scalars['String']['input'];
  /** The token from the invitation email; works once */
  token: Scalars['String']['input'];
};

export type ActionItem = {
  __typename?: 'ActionItem';
  call: Call;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  /** Resolved against the call time in the organization time zone */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lead?: Maybe<Lead>;
  /** Who promised it */
  owner: Speaker;
  status: ActionItemStatus;
};

export type ActionItemPayload = {
  __typename?: 'ActionItemPayload';
  actionItem: ActionItem;
};

export type ActionItemStatus =
  | 'CANCELED'
  | 'DONE'
  | 'OPEN';

export type AdjustLeadScoreInput = {
  /** Points to add (negative to subtract), -100..100 */
  delta: Scalars['Int']['input'];
  leadId: Scalars['ID']['input'];
  /** Shown in the score history */
  reason: Scalars['String']['input'];
};

/** What happens when the monthly AI budget is used up */
export type AiBudgetPolicy =
  | 'ALLOW'
  | 'BLOCK'
  | 'DEGRADE';

export type AiUsageReport = {
  __typename?: 'AiUsageReport';
  budget: BudgetStatus;
  byDay: Array<UsageBreakdown>;
  byModel: Array<UsageBreakdown>;
  byOperation: Array<UsageBreakdown>;
  /** Average AI cost (micro-dollars) per call analyzed */
  costPerCall?: Maybe<Scalars['Float']['output']>;
  /** Average AI cost per email (null until emails use AI) */
  costPerEmail?: Maybe<Scalars['Float']['output']>;
  /** Average AI cost per quote (null until quotes use AI) */
  costPerQuote?: Maybe<Scalars['Float']['output']>;
  from: Scalars['DateTime']['output'];
  to: Scalars['DateTime']['output'];
  total: UsageBreakdown;
};

/** Something that needs a human now */
export type Alert = {
  __typename?: 'Alert';
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  /** User id */
  acknowledgedBy?: Maybe<Scalars['String']['output']>;
  body?: Maybe<Scalars['String']['output']>;
  count: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Occurrences with the same key while unresolved are counted on one alert */
  dedupKey: Scalars['String']['output'];
  /** Who was notified, how, and with what result */
  deliveries: Array<NotificationDelivery>;
  /** When it last escalated (or was raised) */
  escalatedAt: Scalars['DateTime']['output'];
  /** 1 owner of the lead, 2 admins, 3 owners */
  escalationLevel: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  lastSeenAt: Scalars['DateTime']['output'];
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** User id */
  resolvedBy?: Maybe<Scalars['String']['output']>;
  severity: AlertSeverity;
  /** Quiet (no escalation, no notifications) until then */
  snoozedUntil?: Maybe<Scalars['DateTime']['output']>;
  status: AlertStatus;
  subjectId?: Maybe<Scalars['String']['output']>;
  /** Entity type it is about (Lead, Call …) */
  subjectType?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  type: AlertType;
};

export type AlertConnection = {
  __typename?: 'AlertConnection';
  edges: Array<AlertEdge>;
  pageInfo: PageInfo;
  /** All matching rows, not just this page */
  totalCount: Scalars['Int']['output'];
};

export type AlertCounts = {
  __typename?: 'AlertCounts';
  critical: Scalars['Int']['output'];
  high: Scalars['Int']['output'];
  low: Scalars['Int']['output'];
  medium: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type AlertEdge = {
  __typename?: 'AlertEdge';
  cursor: Scalars['String']['output'];
  node: Alert;
};

export type AlertFilterInput = {
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  severity?: InputMaybe<Array<AlertSeverity>>;
  status?: InputMaybe<Array<AlertStatus>>;
  subjectId?: InputMaybe<Scalars['String']['input']>;
  /** Entity type it is about, e.g. Lead */
  subjectType?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<Array<AlertType>>;
};

export type AlertPayload = {
  __typename?: 'AlertPayload';
  alert: Alert;
};

export type AlertRaisedEvent = {
  __typename?: 'AlertRaisedEvent';
  alert: Alert;
  /** False when an open alert with the same key was counted again */
  created: Scalars['Boolean']['output'];
};

export type AlertRaisedFilterInput = {
  severity?: InputMaybe<Array<AlertSeverity>>;
  type?: InputMaybe<Array<AlertType>>;
};

/** Omitted fields stay as they are; null clears (quietHours, slackWebhookUrl) */
export type AlertSettingsInput = {
  escalationMinutes?: InputMaybe<SeverityMinutesInput>;
  quietHours?: InputMaybe<QuietHoursInput>;
  routing?: InputMaybe<SeverityChannelsInput>;
  slackWebhookUrl?: InputMaybe<Scalars['URL']['input']>;
};

export type AlertSettingsType = {
  __typename?: 'AlertSettingsType';
  /** Minutes before an unacknowledged alert escalates; null: never */
  escalationMinutes: SeverityMinutes;
  /** Non-critical notifications wait until the end of this window */
  quietHours?: Maybe<QuietHours>;
  /** Channels notified per severity */
  routing: SeverityChannels;
  /** A Slack incoming webhook is set (the URL itself is never shown) */
  slackWebhookConfigured: Scalars['Boolean']['output'];
};

export type AlertSeverity =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type AlertStatus =
  | 'ACKNOWLEDGED'
  | 'OPEN'
  | 'RESOLVED';

export type AlertType =
  | 'BUDGET_THRESHOLD'
  | 'CALL_FAILED'
  | 'CIRCUIT_OPEN'
  | 'HOT_LEAD'
  | 'NEGATIVE_CALL'
  | 'SLA_AT_RISK'
  | 'SLA_BREACHED';

export type AlertUpdatedEvent = {
  __typename?: 'AlertUpdatedEvent';
  alert: Alert;
  at: Scalars['DateTime']['output'];
  /** ACKNOWLEDGED, RESOLVED, SNOOZED or ESCALATED */
  change: Scalars['String']['output'];
};

export type AlertUpdatedFilterInput = {
  severity?: InputMaybe<Array<AlertSeverity>>;
  type?: InputMaybe<Array<AlertType>>;
};

/** LIVE while the call runs; FINAL once it ended */
export type AnalysisKind =
  | 'FINAL'
  | 'LIVE';

export type AnalysisStatus =
  | 'DONE'
  | 'FAILED'
  | 'NONE'
  | 'PENDING'
  | 'RUNNING';

/** A partner credential. The key itself is shown once, on creation. */
export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The visible start of the key, e.g. sk_live_1a2b3c4d */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<Scalars['String']['output']>;
};

export type ApiKeyPayload = {
  __typename?: 'ApiKeyPayload';
  apiKey: ApiKey;
};

export type AppendTranscriptSegmentsInput = {
  /** The call, by id … */
  callId?: InputMaybe<Scalars['ID']['input']>;
  /** … or by its provider call id */
  callSid?: InputMaybe<Scalars['String']['input']>;
  /** Up to 500; any order; replays are ignored */
  segments: Array<TranscriptSegmentInput>;
};

export type AppendTranscriptSegmentsPayload = {
  __typename?: 'AppendTranscriptSegmentsPayload';
  call: Call;
  /** Segments that became final with this batch (partials and replays count 0) */
  inserted: Scalars['Int']['output'];
};

export type Appointment = {
  __typename?: 'Appointment';
  call?: Maybe<Call>;
  createdAt: Scalars['DateTime']['output'];
  durationMinutes: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  lead?: Maybe<Lead>;
  location?: Maybe<Scalars['String']['output']>;
  purpose: AppointmentPurpose;
  /** The words it was agreed in */
  quote?: Maybe<Scalars['String']['output']>;
  startsAt: Scalars['DateTime']['output'];
  status: AppointmentStatus;
};

export type AppointmentConnection = {
  __typename?: 'AppointmentConnection';
  edges: Array<AppointmentEdge>;
  pageInfo: PageInfo;
  /** All matching rows, not just this page */
  totalCount: Scalars['Int']['output'];
};

export type AppointmentEdge = {
  __typename?: 'AppointmentEdge';
  cursor: Scalars['String']['output'];
  node: Appointment;
};

export type AppointmentFilterInput = {
  leadId?: InputMaybe<Scalars['ID']['input']>;
  startsAfter?: InputMaybe<Scalars['DateTime']['input']>;
  startsBefore?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<Array<AppointmentStatus>>;
};

export type AppointmentPayload = {
  __typename?: 'AppointmentPayload';
  appointment: Appointment;
};

export type AppointmentPurpose =
  | 'CONSULTATION'
  | 'FOLLOW_UP'
  | 'INSPECTION'
  | 'OTHER'
  | 'SERVICE';

export type AppointmentStatus =
  | 'CANCELED'
  | 'CONFIRMED'
  | 'DONE'
  | 'PROPOSED';

export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** e.g. lead.update */
  action: Scalars['String']['output'];
  actorId?: Maybe<Scalars['String']['output']>;
  /** USER, API_KEY or SYSTEM */
  actorType: Scalars['String']['output'];
  after?: Maybe<Scalars['JSONObject']['output']>;
  before?: Maybe<Scalars['JSONObject']['output']>;
  createdAt: Scalars['DateTime']['output'];
  entityId?: Maybe<Scalars['String']['output']>;
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  requestId?: Maybe<Scalars['String']['output']>;
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
  /** All matching rows, not just this page */
  totalCount: Scalars['Int']['output'];
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

export type AuditEventFilterInput = {
  /** e.g. lead.update */
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['DateTime']['input']>;
  before?: InputMaybe<Scalars['DateTime']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  /** e.g. Lead */
  entityType?: InputMaybe<Scalars['String']['input']>;
};

export type BudgetAlertEvent = {
  __typename?: 'BudgetAlertEvent';
  alert: Alert;
  at: Scalars['DateTime']['output'];
  budgetMicros: Scalars['Float']['output'];
  /** YYYY-MM */
  period: Scalars['String']['output'];
  spentMicros: Scalars['Float']['output'];
  /** 80, 90 or 100 */
  threshold: Scalars['Int']['output'];
};

export type BudgetStatus = {
  __typename?: 'BudgetStatus';
  /** Monthly budget in micro-dollars; null: none */
  budgetMicros?: Maybe<Scalars['Float']['output']>;
  percentUsed?: Maybe<Scalars['Float']['output']>;
  /** What happens at 100 %: DEGRADE, BLOCK or ALLOW */
  policy: Scalars['String']['output'];
  spentMonthToDateMicros: Scalars['Float']['output'];
};

export type BusinessMetricsType = {
  __typename?: 'BusinessMetricsType';
  aiSpendMonthToDateMicros: Scalars['Float']['output'];
  /** From a call's end to its final analysis, ms */
  averageAnalysisLatencyMs?: Maybe<Scalars['Float']['output']>;
  /** Completed ÷ ended calls today */
  callSuccessRate?: Maybe<Scalars['Float']['output']>;
  callsToday: Scalars['Int']['output'];
  hotLeadsToday: Scalars['Int']['output'];
};

export type BuyingSignal = {
  __typename?: 'BuyingSignal';
  kind: BuyingSignalKind;
  /** The words that show it */
  quote: Scalars['String']['output'];
  segmentSequence: Scalars['Int']['output'];
};

export type BuyingSignalKind =
  | 'BUDGET_MENTIONED'
  | 'DECISION_MAKER'
  | 'NEXT_STEP_REQUESTED'
  | 'PRICING_INQUIRY'
  | 'PURCHASE_INTENT'
  | 'TIMELINE'
  | 'URGENCY';

export type Call = {
  __typename?: 'Call';
  actionItems: Array<ActionItem>;
  /** Live while the call runs, final after */
  analysis?: Maybe<CallAnalysis>;
  analysisStatus: AnalysisStatus;
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  appointments: Array<Appointment>;
  createdAt: Scalars['DateTime']['output'];
  direction: CallDirection;
  durationSeconds?: Maybe<Scalars['Int']['output']>;
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The call was cut off mid-sentence; the partial transcript is kept */
  endedEarly: Scalars['Boolean']['output'];
  fromNumber: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lead?: Maybe<Lead>;
  recording?: Maybe<Recording>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: CallStatus;
  toNumber: Scalars['String']['output'];
  transcript?: Maybe<Transcript>;
  twilioCallSid: Scalars['String']['output'];
};

export type CallAnalysis = {
  __typename?: 'CallAnalysis';
  buyingSignals: Array<BuyingSignal>;
  /** AI cost in micro-dollars */
  costMicroDollars: Scalars['Float']['output'];
  /** The configured provider failed or was over budget; the local analyzer stood in */
  degraded: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: AnalysisKind;
  metrics: ConversationMetrics;
  model: Scalars['String']['output'];
  objections: Array<Objection>;
  promptVersion: Scalars['String']['output'];
  /** local or openai */
  provider: Scalars['String']['output'];
  segmentsAnalyzed: Scalars['Int']['output'];
  sentiment: Sentiment;
  sentimentBySpeaker: SentimentBySpeaker;
  summary: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type CallChangeKind =
  | 'ENDED'
  | 'STARTED'
  | 'UPDATED';

export type CallConnection = {
  __typename?: 'CallConnection';
  edges: Array<CallEdge>;
  pageInfo: PageInfo;
  /** All matching rows, not just this page */
  totalCount: Scalars['Int']['output'];
};

export type CallDirection =
  | 'INBOUND'
  | 'OUTBOUND';

export type CallEdge = {
  __typename?: 'CallEdge';
  cursor: Scalars['String']['output'];
  node: Call;
};

export type CallFilterInput = {
  direction?: InputMaybe<CallDirection>;
  /** Only calls whose analysis found at least one buying signal (true) or none (false) */
  hasBuyingSignal?: InputMaybe<Scalars['Boolean']['input']>;
  leadId?: InputMaybe<Scalars['ID']['input']>;
  /** Overall sentiment of the analysis */
  sentiment?: InputMaybe<Array<SentimentLabel>>;
  startedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  startedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<Array<CallStatus>>;
};

export type CallOrderByInput = {
  direction?: OrderDirection;
  field?: CallOrderField;
};

export type CallOrderField =
  | 'CREATED_AT'
  | 'DURATION'
  | 'STARTED_AT';

export type CallPayload = {
  __typename?: 'CallPayload';
  call: Call;
};

/** Only moves forward; the first terminal status wins */
export type CallStatus =
  | 'BUSY'
  | 'CANCELED'
  | 'COMPLETED'
  | 'FAILED'
  | 'IN_PROGRESS'
  | 'NO_ANSWER'
  | 'QUEUED'
  | 'RINGING';

export type CallUpdatedEvent = {
  __typename?: 'CallUpdatedEvent';
  at: Scalars['DateTime']['output'];
  call: Call;
  kind: CallChangeKind;
};

/** Change my own password */
export type ChangePasswordInput = {
  /** My current password */
  currentPassword: Scalars['String']['input'];
  /** 12–200 characters, and hard to guess (zxcvbn score 3 of 4, not built from my email or name) */
  newPassword: Scalars['String']['input'];
};

/** Change a user's role; their sessions end, so they sign in again with the new permissions */
export type ChangeUserRoleInput = {
  role: UserRole;
  /** The user; only an owner may change an owner or make one */
  userId: Scalars['ID']['input'];
};

export type CircuitStatusType = {
  __typename?: 'CircuitStatusType';
  changedAt: Scalars['DateTime']['output'];
  /** False when this deployment has not set the dependency up or, for Slack (set up per organization), when your organization has no webhook URL */
  configured: Scalars['Boolean']['output'];
  consecutiveFailures: Scalars['Int']['output'];
  lastFailure?: Maybe<Scalars['String']['output']>;
  /** openai, twilio, smtp or slack */
  name: Scalars['String']['output'];
  /** closed, open or half-open */
  state: Scalars['String']['output'];
};

export type ConversationMetrics = {
  __typename?: 'ConversationMetrics';
  /** Share of spoken time that is the agent's, 0..1 */
  agentTalkRatio: Scalars['Float']['output'];
  longestMonologueMs: Scalars['Int']['output'];
  longestMonologueSpeaker?: Maybe<Speaker>;
  questionsByAgent: Scalars['Int']['output'];
  questionsByCustomer: Scalars['Int']['output'];
};

export type CreateApiKeyInput = {
  name: Scalars['String']['input'];
  /** e.g. ["leads:read", "leads:write"]; see README for the list */
  scopes: Array<Scalars['String']['input']>;
};

export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  apiKey: ApiKey;
  /** The whole key. Shown this once; store it now. */
  secret: Scalars['String']['output'];
};

export type CreateLeadInput = {
  /** Budget in minor units (cents) */
  budgetCents?: InputMaybe<Scalars['Int']['input']>;
  budgetCurrency?: InputMaybe<Scalars['Currency']['input']>;
  company?: InputMaybe<Scalars['String']['input']>;
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  /** Your own id for this lead; upserts match on it first */
  externalId?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** E.164, e.g. +15125550100 */
  phone?: InputMaybe<Scalars['PhoneNumber']['input']>;
  /** Where the lead first came from: set when it is created; updates (updateLead, upsertLead, importLeads) keep it */
  source?: InputMaybe<LeadSource>;
  status?: InputMaybe<LeadStatus>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A new catalog product (needs quotes:write) */
export type CreateProductInput = {
  /** Default true */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO 4217 currency of unitPrice */
  currency: Scalars['Currency']['input'];
  /** Longer text, searched */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name shown on quote lines */
  name: Scalars['String']['input'];
  /** Unique within the organization; a duplicate is CONFLICT */
  sku: Scalars['String']['input'];
  /** Tax rate, decimal percent 0–100 with up to 3 decimals; default "0" */
  taxRate?: InputMaybe<Scalars['String']['input']>;
  /** Unit of the quantity (each, hour, day, drop, m²…) */
  unit: Scalars['String']['input'];
  /** Price of one unit in integer minor units of currency, ≥ 0 */
  unitPrice: Scalars['SafeInt']['input'];
};

/** A new quote for a lead (needs quotes:write) */
export type CreateQuoteInput = {
  /** ISO 4217; default the first product line's currency, else the lead's budget currency */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** Discount on the whole quote, split over the lines in proportion */
  discount?: InputMaybe<DiscountInput>;
  /** The lead it is for */
  leadId: Scalars['ID']['input'];
  /** At most 200 lines; each problem is reported with its path, e.g. input.lines[2].quantity */
  lines?: InputMaybe<Array<QuoteLineInput>>;
  /** The customer's request, in their words */
  request?: InputMaybe<Scalars['String']['input']>;
  /** 1–200 characters */
  title: Scalars['String']['input'];
  /** Last valid day as YYYY-MM-DD, today or later; the quote is valid to the end of that day in the organization's time zone. Unset: 30 days from sending. */
  validUntil?: InputMaybe<Scalars['String']['input']>;
};

export type CreateUserInput = {
  email: Scalars['EmailAddress']['input'];
  name: Scalars['String']['input'];
  /** 12–200 characters, and hard to guess (zxcvbn score 3 of 4, not built from the email or name) */
  password: Scalars['String']['input'];
  /** E.164; where CRITICAL alerts reach them by SMS */
  phone?: InputMaybe<Scalars['PhoneNumber']['input']>;
  role: UserRole;
};

/** Deactivate a user of my organization: their sessions and open sockets end, and they can no longer sign in */
export type DeactivateUserInput = {
  /** The user; not yourself. Only an owner may deactivate an owner, and the last active owner stays */
  userId: Scalars['ID']['input'];
};

export type DeleteLeadInput = {
  id: Scalars['ID']['input'];
};

export type DeleteLeadPayload = {
  __typename?: 'DeleteLeadPayload';
  deletedLeadId: Scalars['ID']['output'];
};

export type DeletePhoneNumberPayload = {
  __typename?: 'DeletePhoneNumberPayload';
  deletedPhoneNumberId: Scalars['ID']['output'];
};

/** The product to delete */
export type DeleteProductInput = {
  /** Product id; quote lines that used it keep their copy of sku, description and price */
  id: Scalars['ID']['input'];
};

/** What deleteProduct removed */
export type DeleteProductPayload = {
  __typename?: 'DeleteProductPayload';
  /** Id of the deleted product */
  deletedProductId: Scalars['ID']['output'];
};

export type DeliveryChannel =
  | 'EMAIL'
  | 'SLACK'
  | 'SMS';

export type DeliveryStatus =
  | 'FAILED'
  | 'HELD'
  | 'PENDING'
  /** Handed to the channel; the outcome is not recorded yet. A delivery interrupted here is never sent again (FAILED, saying so), so nobody gets it twice. */
  | 'SENDING'
  | 'SENT'
  | 'SKIPPED';

/** A discount as it was given */
export type Discount = {
  __typename?: 'Discount';
  /** AMOUNT: the amount taken off */
  amount?: Maybe<MoneyAmount>;
  /** PERCENT or AMOUNT */
  kind: DiscountKind;
  /** PERCENT: the percent as decimal text with up to 3 decimals, e.g. "12.5" */
  percent?: Maybe<Scalars['String']['output']>;
};

/** A discount: give exactly one of percent or amount */
export type DiscountInput = {
  /** Integer minor units; at most what it discounts */
  amount?: InputMaybe<Scalars['SafeInt']['input']>;
  /** Decimal percent 0–100 with up to 3 decimals, e.g. "10" or "12.5" */
  percent?: InputMaybe<Scalars['String']['input']>;
};

/** How a discount is given */
export type DiscountKind =
  /** A fixed amount in minor units */
  | 'AMOUNT'
  /** A percent of the amount it discounts */
  | 'PERCENT';

/** Ask for an AI draft priced from the catalog (needs quotes:write). Returns at once with a PENDING quote; the lines arrive on quoteUpdated (DRAFTED). */
export type DraftQuoteInput = {
  /** A call of this organization: its transcript and analysis become the request */
  callId?: InputMaybe<Scalars['ID']['input']>;
  /** Currency of the quote; default the lead's budget currency, else the catalog's most common */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** The lead it is for */
  leadId: Scalars['ID']['input'];
  /** The customer's request in free text, e.g. "24 drops of Cat6 and two days of labour" (at most 10000 characters); required without callId */
  request?: InputMaybe<Scalars['String']['input']>;
  /** Title; default derived from the request */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type FieldError = {
  __typename?: 'FieldError';
  /** Error code, as in extensions.code */
  code: Scalars['String']['output'];
  /** Path of the offending field, e.g. input.leads.3.email */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type HotLeadEvent = {
  __typename?: 'HotLeadEvent';
  alert: Alert;
  at: Scalars['DateTime']['output'];
  lead: Lead;
  /** The score change that made it hot */
  reason: Scalars['String']['output'];
};

export type ImportLeadResult = {
  __typename?: 'ImportLeadResult';
  created: Scalars['Boolean']['output'];
  errors: Array<FieldError>;
  /** Position of the row in input.leads */
  index: Scalars['Int']['output'];
  lead?: Maybe<Lead>;
};

/** One row of importLeads: the fields of LeadFieldsInput, loosely typed so that one bad value fails only its row (validated per row; a bad value is reported in results[i].errors). Matched by externalId, else email, else phone; created when none matches */
export type ImportLeadRowInput = {
  /** Budget in minor units (cents): a non-negative whole number, with budgetCurrency; validated per row; a bad value is reported in results[i].errors */
  budgetCents?: InputMaybe<Scalars['JSON']['input']>;
  /** ISO 4217 code, e.g. USD; validated per row; a bad value is reported in results[i].errors */
  budgetCurrency?: InputMaybe<Scalars['String']['input']>;
  /** At most 200 characters; null clears; validated per row; a bad value is reported in results[i].errors */
  company?: InputMaybe<Scalars['String']['input']>;
  /** A JSON object of up to 50 keys (letters, digits and _, starting with a letter); replaces the lead's custom fields; validated per row; a bad value is reported in results[i].errors */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  /** An email address, stored lower-cased; null clears; validated per row; a bad value is reported in results[i].errors */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Your own id for this lead (1–200 characters); matched first; validated per row; a bad value is reported in results[i].errors */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** 1–200 characters; required when the row creates a lead; validated per row; a bad value is reported in results[i].errors */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A user of this organization; null clears; validated per row; a bad value is reported in results[i].errors */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** International (E.164) form, e.g. +15125550100; null clears; validated per row; a bad value is reported in results[i].errors */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** A LeadSource value (default IMPORT); applies only when the row creates the lead: an existing lead keeps where it first came from; validated per row; a bad value is reported in results[i].errors */
  source?: InputMaybe<Scalars['String']['input']>;
  /** A LeadStatus value; validated per row; a bad value is reported in results[i].errors */
  status?: InputMaybe<Scalars['String']['input']>;
  /** A list of up to 50 strings (trimmed, lower-cased, deduplicated); replaces the lead's tags; validated per row; a bad value is reported in results[i].errors */
  tags?: InputMaybe<Scalars['JSON']['input']>;
};

export type ImportLeadsInput = {
  /** Up to IMPORT_MAX_ROWS (default 1000) rows, applied in order: a later row that names a lead an earlier row created or changed updates it. Each row is validated on its own; bad rows are reported in results[i].errors and the others are stored */
  leads: Array<ImportLeadRowInput>;
};

export type ImportLeadsPayload = {
  __typename?: 'ImportLeadsPayload';
  createdCount: Scalars['Int']['output'];
  failedCount: Scalars['Int']['output'];
  results: Array<ImportLeadResult>;
  updatedCount: Scalars['Int']['output'];
};

/** Invite someone by email; they choose their name and password with acceptInvite */
export type InviteUserInput = {
  /** Must not belong to a Switchboard user already */
  email: Scalars['EmailAddress']['input'];
  /** Only an owner may invite an owner */
  role: UserRole;
};

/** The invitation that was mailed (the token itself is only in the email) */
export type InviteUserPayload = {
  __typename?: 'InviteUserPayload';
  email: Scalars['EmailAddress']['output'];
  /** After this the invitation can no longer be accepted (INVITE_TTL_SECONDS) */
  expiresAt: Scalars['DateTime']['output'];
  role: UserRole;
};

export type Lead = {
  __typename?: 'Lead';
  budget?: Maybe<Money>;
  /** Newest first (at most 50) */
  calls: Array<Call>;
  company?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  customFields: Scalars['JSONObject']['output'];
  email?: Maybe<Scalars['EmailAddress']['output']>;
  /** Partner id; unique per organization */
  externalId?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lastActivityAt: Scalars['DateTime']['output'];
  name: Scalars['String']['output'];
  owner?: Maybe<User>;
  /** E.164 */
  phone?: Maybe<Scalars['PhoneNumber']['output']>;
  /** The lead's quotes, newest first (at most 50; needs quotes:read) */
  quotes: Array<Quote>;
  /** 0–100; changes only with a ScoreEvent */
  score: Scalars['Int']['output'];
  /** Newest first */
  scoreHistory: Array<ScoreEvent>;
  source: LeadSource;
  status: LeadStatus;
  tags: Array<Scalars['String']['output']>;
  temperature: LeadTemperature;
  updatedAt: Scalars['DateTime']['output'];
};


export type LeadScoreHistoryArgs = {
  first?: Scalars['Int']['input'];
};

export type LeadChangeKind =
  | 'CREATED'
  | 'DELETED'
  | 'UPDATED';

export type LeadChangedEvent = {
  __typename?: 'LeadChangedEvent';
  at: Scalars['DateTime']['output'];
  /** Fields whose value changed (UPDATED only) */
  changedFields: Array<Scalars['String']['output']>;
  kind: LeadChangeKind;
  /** The lead as it is when the event is delivered (a later change may already show); null when DELETED or gone */
  lead?: Maybe<Lead>;
  leadId: Scalars['ID']['output'];
};

export type LeadChangedFilterInput = {
  kinds?: InputMaybe<Array<LeadChangeKind>>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<LeadStatus>>;
  temperature?: InputMaybe<Array<LeadTemperature>>;
};

export type LeadConnection = {
  __typename?: 'LeadConnection';
  edges: Array<LeadEdge>;
  pageInfo: PageInfo;
  /** All matching rows, not just this page */
  totalCount: Scalars['Int']['output'];
};

export type LeadEdge = {
  __typename?: 'LeadEdge';
  cursor: Scalars['String']['output'];
  node: Lead;
};

export type LeadFilterInput = {
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Custom fields equal to these values */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  lastActivityAfter?: InputMaybe<Scalars['DateTime']['input']>;
  lastActivityBefore?: InputMaybe<Scalars['DateTime']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  scoreMax?: InputMaybe<Scalars['Int']['input']>;
  scoreMin?: InputMaybe<Scalars['Int']['input']>;
  /** Text in name, email, phone or company */
  search?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Array<LeadSource>>;
  status?: InputMaybe<Array<LeadStatus>>;
  /** Leads with all of these tags */
  tagsAll?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Leads with at least one of these tags */
  tagsAny?: InputMaybe<Array<Scalars['String']['input']>>;
  temperature?: InputMaybe<Array<LeadTemperature>>;
  /** Only leads without an owner */
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
};

export type LeadOrderByInput = {
  direction?: OrderDirection;
  field?: LeadOrderField;
};

export type LeadOrderField =
  | 'CREATED_AT'
  | 'LAST_ACTIVITY_AT'
  | 'NAME'
  | 'SCORE'
  | 'UPDATED_AT';

export type LeadPayload = {
  __typename?: 'LeadPayload';
  lead: Lead;
};

/** Where a lead came from */
export type LeadSource =
  | 'CALL'
  | 'CHAT'
  | 'EMAIL'
  | 'IMPORT'
  | 'PARTNER'
  | 'SMS'
  | 'WEB'
  | 'WHATSAPP';

/** Where a lead is in the pipeline */
export type LeadStatus =
  | 'CONTACTED'
  | 'LOST'
  | 'NEW'
  | 'PROPOSAL'
  | 'QUALIFIED'
  | 'WON';

/** HOT ≥ hotThreshold, WARM ≥ warmThreshold, else COLD (per organization) */
export type LeadTemperature =
  | 'COLD'
  | 'HOT'
  | 'WARM';

/** A live call took in a final segment; or (final: true) its post-call analysis is ready */
export type LiveCallAnalysisEvent = {
  __typename?: 'LiveCallAnalysisEvent';
  /** The call analysis after this segment: running sentiment and metrics */
  analysis?: Maybe<CallAnalysis>;
  at: Scalars['DateTime']['output'];
  callId: Scalars['ID']['output'];
  final: Scalars['Boolean']['output'];
  /** Signals found in this segment */
  newBuyingSignals: Array<BuyingSignal>;
  /** Objections found in this segment */
  newObjections: Array<Objection>;
  /** The segment (absent on the final event) */
  segment?: Maybe<TranscriptSegment>;
  /** This segment's sentiment (final event: the call's) */
  segmentSentiment: Sentiment;
  sequence: Scalars['Int']['output'];
};

export type LoginInput = {
  email: Scalars['EmailAddress']['input'];
  password: Scalars['String']['input'];
};

export type LoginPayload = {
  __typename?: 'LoginPayload';
  expiresAt: Scalars['DateTime']['output'];
  /** Send as "Authorization: Bearer <token>" or in graphql-ws connection_init { authorization } */
  token: Scalars['String']['output'];
  user: User;
};

export type Money = {
  __typename?: 'Money';
  /** Integer minor units (cents) */
  amountCents: Scalars['Int']['output'];
  currency: Scalars['Currency']['output'];
};

/** An exact amount of money: an integer number of minor units (cents) of a currency */
export type MoneyAmount = {
  __typename?: 'MoneyAmount';
  /** ISO 4217 code */
  currency: Scalars['Currency']['output'];
  /** The same amount as exact decimal text in major units, e.g. "1234.50" (no grouping, no symbol) */
  decimal: Scalars['String']['output'];
  /** Integer minor units (cents for EUR/USD, yen for JPY); never a float */
  minor: Scalars['SafeInt']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** No sign-in needed: creates the invited account from the emailed token and signs it in */
  acceptInvite: LoginPayload;
  /** Someone is on it: stops escalation */
  acknowledgeAlert: AlertPayload;
  /** A person moves the score, with a reason kept in the score history */
  adjustLeadScore: LeadPayload;
  /** Re-runs the final analysis; returns at once with analysisStatus PENDING */
  analyzeCall: CallPayload;
  /** Idempotent by (call, sequence); order is restored by sequence */
  appendTranscriptSegments: AppendTranscriptSegmentsPayload;
  cancelAppointment: AppointmentPayload;
  /** Changes my password (needs the current one); ends my other sessions and returns a new token */
  changePassword: LoginPayload;
  /** Changes a user's role; ends their sessions so the new permissions apply at once */
  changeUserRole: UserPayload;
  completeActionItem: ActionItemPayload;
  /** A person confirms an appointment the call analysis proposed */
  confirmAppointment: AppointmentPayload;
  createApiKey: CreateApiKeyPayload;
  createLead: LeadPayload;
  /** Registers one of our Twilio numbers; inbound calls to it belong to this organization */
  createPhoneNumber: PhoneNumberPayload;
  /** Adds a product to the catalog (needs quotes:write); audited */
  createProduct: ProductPayload;
  /** A new DRAFT quote, version 1 (needs quotes:write); every line validated with its path; audited */
  createQuote: QuotePayload;
  createUser: UserPayload;
  /** Deactivates a user: ends their sessions and open sockets; they can no longer sign in */
  deactivateUser: UserPayload;
  deleteLead: DeleteLeadPayload;
  deletePhoneNumber: DeletePhoneNumberPayload;
  /** Removes a product (needs quotes:write); quote lines keep their copy; audited. Prefer active: false to keep history linked. */
  deleteProduct: DeleteProductPayload;
  /** Starts an AI draft from free text or a call (needs quotes:write): returns at once with the quote PENDING; the priced lines arrive on quoteUpdated (DRAFTED) and by query. Each line carries its phrase and a confidence; anything not in the catalog is an unpriced line flagged for review. Uses OpenAI when configured and within budget, else the local drafter; audited. */
  draftQuote: QuotePayload;
  /** Bulk upsert, in order; each row is validated on its own: bad rows are reported in results and do not stop the good ones */
  importLeads: ImportLeadsPayload;
  /** Emails a one-time invitation (SMTP, or the outbox without SMTP_URL); acceptInvite creates the account */
  inviteUser: InviteUserPayload;
  /** Throttled: after LOGIN_MAX_CONSECUTIVE_FAILURES wrong passwords for one email from one address, or LOGIN_MAX_FAILURES_PER_IP_PER_DAY from one address, answers RATE_LIMITED with extensions.retryAfterSeconds */
  login: LoginPayload;
  /** Creates or advances a call by callSid; replays and late events never move it backwards */
  recordCallEvent: CallPayload;
  /** No sign-in needed: emails a one-time reset link if the address belongs to an active user; answers the same either way */
  requestPasswordReset: RequestPasswordResetPayload;
  /** No sign-in needed: sets a new password with the emailed token (works once), ends every other session and signs in */
  resetPassword: LoginPayload;
  /** Done; a new occurrence of its key opens a new alert */
  resolveAlert: AlertPayload;
  revokeApiKey: ApiKeyPayload;
  snoozeAlert: AlertPayload;
  /** Places a Twilio call from one of our numbers to the lead; NOT_CONFIGURED without Twilio */
  startCall: CallPayload;
  /** Transcribes the recording (Whisper), then analyzes; returns at once with analysisStatus PENDING */
  transcribeCall: CallPayload;
  updateActionItem: ActionItemPayload;
  updateLead: LeadPayload;
  /** Changing thresholds re-derives every lead temperature */
  updateOrganization: OrganizationPayload;
  updatePhoneNumber: PhoneNumberPayload;
  /** Changes a product (needs quotes:write); existing quote lines keep their prices; audited */
  updateProduct: ProductPayload;
  /** Edits a quote (needs quotes:write). A sent version is never changed: editing a SENT, EXPIRED or REJECTED quote makes version n+1 in DRAFT. CONFLICT for PENDING, ACCEPTED and WITHDRAWN quotes; audited. */
  updateQuote: QuotePayload;
  /** Idempotent by externalId, else email, else phone */
  upsertLead: UpsertLeadPayload;
  /** Withdraws a PENDING, DRAFT or SENT quote (needs quotes:write): it can no longer be sent or accepted; audited */
  withdrawQuote: QuotePayload;
};


export type MutationAcceptInviteArgs = {
  input: AcceptInviteInput;
};


export type MutationAcknowledgeAlertArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAdjustLeadScoreArgs = {
  input: AdjustLeadScoreInput;
};


export type MutationAnalyzeCallArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAppendTranscriptSegmentsArgs = {
  input: AppendTranscriptSegmentsInput;
};


export type MutationCancelAppointmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationChangeUserRoleArgs = {
  input: ChangeUserRoleInput;
};


export type MutationCompleteActionItemArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmAppointmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateLeadArgs = {
  input: CreateLeadInput;
};


export type MutationCreatePhoneNumberArgs = {
  input: PhoneNumberInput;
};


export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


export type MutationCreateQuoteArgs = {
  input: CreateQuoteInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeactivateUserArgs = {
  input: DeactivateUserInput;
};


export type MutationDeleteLeadArgs = {
  input: DeleteLeadInput;
};


export type MutationDeletePhoneNumberArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteProductArgs = {
  input: DeleteProductInput;
};


export type MutationDraftQuoteArgs = {
  input: DraftQuoteInput;
};


export type MutationImportLeadsArgs = {
  input: ImportLeadsInput;
};


export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationRecordCallEventArgs = {
  input: RecordCallEventInput;
};


export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationResolveAlertArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


export type MutationSnoozeAlertArgs = {
  input: SnoozeAlertInput;
};


export type MutationStartCallArgs = {
  input: StartCallInput;
};


export type MutationTranscribeCallArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateActionItemArgs = {
  input: UpdateActionItemInput;
};


export type MutationUpdateLeadArgs = {
  input: UpdateLeadInput;
};


export type MutationUpdateOrganizationArgs = {
  input: UpdateOrganizationInput;
};


export type MutationUpdatePhoneNumberArgs = {
  input: UpdatePhoneNumberInput;
};


export type MutationUpdateProductArgs = {
  input: UpdateProductInput;
};


export type MutationUpdateQuoteArgs = {
  input: UpdateQuoteInput;
};


export type MutationUpsertLeadArgs = {
  input: UpsertLeadInput;
};


export type MutationWithdrawQuoteArgs = {
  input: WithdrawQuoteInput;
};

/** One notification of an alert to one recipient over one channel */
export type NotificationDelivery = {
  __typename?: 'NotificationDelivery';
  attempts: Scalars['Int']['output'];
  channel: DeliveryChannel;
  createdAt: Scalars['DateTime']['output'];
  escalationLevel: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  /** Email address, phone number or "slack"; empty when skipped for lack of one */
  recipient: Scalars['String']['output'];
  /** Held for quiet hours until then */
  sendAfter?: Maybe<Scalars['DateTime']['output']>;
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  status: DeliveryStatus;
};

export type Objection = {
  __typename?: 'Objection';
  kind: ObjectionKind;
  quote: Scalars['String']['output'];
  segmentSequence: Scalars['Int']['output'];
};

export type ObjectionKind =
  | 'AUTHORITY'
  | 'COMPETITOR'
  | 'NEED'
  | 'PRICE'
  | 'TIMING'
  | 'TRUST';

export type OrderDirection =
  | 'ASC'
  | 'DESC';

export type Organization = {
  __typename?: 'Organization';
  aiBudgetPolicy: AiBudgetPolicy;
  /** Monthly AI budget in micro-dollars; null: none */
  aiMonthlyBudgetMicros?: Maybe<Scalars['Float']['output']>;
  alertSettings: AlertSettingsType;
  createdAt: Scalars['DateTime']['output'];
  /** Score at or above which a lead is HOT */
  hotThreshold: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
  /** IANA time zone for business hours and spoken dates */
  timezone: Scalars['String']['output'];
  /** Score at or above which a lead is WARM */
  warmThreshold: Scalars['Int']['output'];
};

export type OrganizationPayload = {
  __typename?: 'OrganizationPayload';
  organization: Organization;
};

/** Relay page info */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A time range [from, to) */
export type PeriodInput = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};

export type PhoneNumberInput = {
  e164: Scalars['PhoneNumber']['input'];
  forwardTo?: InputMaybe<Scalars['PhoneNumber']['input']>;
  label?: InputMaybe<Scalars['String']['input']>;
  purpose?: InputMaybe<Scalars['String']['input']>;
};

export type PhoneNumberPayload = {
  __typename?: 'PhoneNumberPayload';
  phoneNumber: TwilioNumber;
};

/** One item of the organization's catalog, which quotes are priced from and AI drafts match against */
export type Product = {
  __typename?: 'Product';
  /** Inactive products stay on existing quotes but cannot be added to new lines or matched by drafts */
  active: Scalars['Boolean']['output'];
  /** When it was created */
  createdAt: Scalars['DateTime']['output'];
  /** Longer text; searched like the name */
  description?: Maybe<Scalars['String']['output']>;
  /** Product id */
  id: Scalars['ID']['output'];
  /** Name shown on quote lines (1–200 characters) */
  name: Scalars['String']['output'];
  /** Stock-keeping code, unique within the organization (1–64 characters) */
  sku: Scalars['String']['output'];
  /** Tax rate as a decimal percent with up to 3 decimals, e.g. "20" or "8.875" */
  taxRate: Scalars['String']['output'];
  /** What one of the quantity means: each, hour, day, metre, m², drop… (1–32 characters) */
  unit: Scalars['String']['output'];
  /** Price of one unit, before tax */
  unitPrice: MoneyAmount;
  /** When it last changed */
  updatedAt: Scalars['DateTime']['output'];
};

export type ProductConnection = {
  __typename?: 'ProductConnection';
  edges: Array<ProductEdge>;
  pageInfo: PageInfo;
  /** All matching rows, not just this page */
  totalCount: Scalars['Int']['output'];
};

export type ProductEdge = {
  __typename?: 'ProductEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

/** Narrows products; all given conditions apply */
export type ProductFilterInput = {
  /** Only active (true) or only inactive (false) products */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Full-text search over sku, name and description in web-search syntax: words (all must match), "a phrase", -excluded, or (at most 200 characters) */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** The product a mutation created or changed */
export type ProductPayload = {
  __typename?: 'ProductPayload';
  /** The product as stored */
  product: Product;
};

export type Query = {
  __typename?: 'Query';
  /** AI spend and usage; default period: this month (UTC) */
  aiUsage: AiUsageReport;
  /** Null with a NOT_FOUND error for unknown ids and other organizations' alerts alike; the query's other fields still answer */
  alert?: Maybe<Alert>;
  /** For a dashboard badge: alerts in these statuses (default OPEN) by severity */
  alertCounts: AlertCounts;
  /** Most recently seen first */
  alerts: AlertConnection;
  apiKeys: Array<ApiKey>;
  /** Soonest first */
  appointments: AppointmentConnection;
  /** Newest first */
  auditEvents: AuditEventConnection;
  /** Null with a NOT_FOUND error for unknown ids and other organizations' calls alike; the query's other fields still answer */
  call?: Maybe<Call>;
  calls: CallConnection;
  /** Null with a NOT_FOUND error for unknown ids and other organizations' leads alike; the query's other fields still answer */
  lead?: Maybe<Lead>;
  leads: LeadConnection;
  me: Viewer;
  organization: Organization;
  phoneNumbers: Array<TwilioNumber>;
  /** One catalog product (needs quotes:read). Null with a NOT_FOUND error for unknown ids and other organizations' products alike */
  product?: Maybe<Product>;
  /** The catalog, by name (needs quotes:read); filter.search is full-text over sku, name and description */
  products: ProductConnection;
  /** One quote (needs quotes:read). Null with a NOT_FOUND error for unknown ids and other organizations' quotes alike */
  quote?: Maybe<Quote>;
  /** Lines added, removed and changed between two versions of a quote (needs quotes:read); NOT_FOUND for an unknown quote or version */
  quoteVersionDiff?: Maybe<QuoteVersionDiff>;
  /** Quotes of my organization (needs quotes:read), newest first unless orderBy says otherwise */
  quotes: QuoteConnection;
  /** Switchboard's dependencies (circuit breakers) and my organization's numbers today, including month-to-date AI spend. Needs system:read (owners, admins, or an API key with that scope) */
  systemStatus: SystemStatus;
  users: Array<User>;
};


export type QueryAiUsageArgs = {
  period?: InputMaybe<PeriodInput>;
};


export type QueryAlertArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAlertCountsArgs = {
  status?: InputMaybe<Array<AlertStatus>>;
};


export type QueryAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AlertFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAppointmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AppointmentFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCallArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCallsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CallFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CallOrderByInput>;
};


export type QueryLeadArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LeadFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<LeadOrderByInput>;
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryQuoteArgs = {
  id: Scalars['ID']['input'];
};


export type QueryQuoteVersionDiffArgs = {
  from: Scalars['Int']['input'];
  quoteId: Scalars['ID']['input'];
  to: Scalars['Int']['input'];
};


export type QueryQuotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<QuoteFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<QuoteOrderByInput>;
};

export type QuietHours = {
  __typename?: 'QuietHours';
  /** Local HH:MM */
  end: Scalars['String']['output'];
  /** Local HH:MM */
  start: Scalars['String']['output'];
};

export type QuietHoursInput = {
  end: Scalars['String']['input'];
  start: Scalars['String']['input'];
};

/** An offer to a lead, priced from the catalog, with numbered versions */
export type Quote = {
  __typename?: 'Quote';
  /** The call the draft was made from */
  callId?: Maybe<Scalars['ID']['output']>;
  /** When it was accepted, rejected, expired or withdrawn */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was created */
  createdAt: Scalars['DateTime']['output'];
  /** ISO 4217; every line is in it */
  currency: Scalars['Currency']['output'];
  /** The newest version, with its lines and totals */
  currentVersion: QuoteVersion;
  /** Number of the newest version (the one edits apply to) */
  currentVersionNumber: Scalars['Int']['output'];
  /** Why the AI draft failed (the quote is then an empty DRAFT) */
  draftError?: Maybe<Scalars['String']['output']>;
  /** Which drafter wrote the AI draft: LOCAL or OPENAI; null for quotes people wrote */
  draftedBy?: Maybe<Scalars['String']['output']>;
  /** Quote id */
  id: Scalars['ID']['output'];
  /** Who the quote is for */
  lead: Lead;
  /** The customer's words the quote answers (for drafts from a call: the transcript) */
  request?: Maybe<Scalars['String']['output']>;
  /** Last time a version was sent */
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  /** Number of the version the customer was last sent; null before the first send */
  sentVersionNumber?: Maybe<Scalars['Int']['output']>;
  /** Lifecycle status */
  status: QuoteStatus;
  /** Short title, 1–200 characters */
  title: Scalars['String']['output'];
  /** The current version's total */
  total: MoneyAmount;
  /** When it last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** End of the chosen day in the organization's time zone; SENT quotes expire after it */
  validUntil?: Maybe<Scalars['DateTime']['output']>;
  /** Every version, oldest first */
  versions: Array<QuoteVersion>;
};


/** An offer to a lead, priced from the catalog, with numbered versions */
export type QuoteVersionsArgs = {
  first?: Scalars['Int']['input'];
};

/** What happened to a quote */
export type QuoteChangeKind =
  /** The customer accepted */
  | 'ACCEPTED'
  /** createQuote, or draftQuote starting (status PENDING) */
  | 'CREATED'
  /** An AI draft arrived (status DRAFT, lines filled; draftError says if it failed) */
  | 'DRAFTED'
  /** validUntil passed */
  | 'EXPIRED'
  /** The customer rejected */
  | 'REJECTED'
  /** The current version was sent */
  | 'SENT'
  /** updateQuote */
  | 'UPDATED'
  /** withdrawQuote */
  | 'WITHDRAWN';

export type QuoteConnection = {
  __typename?: 'QuoteConnection';
  edges: Array<QuoteEdge>;
  pageInfo: PageInfo;
  /** All matching rows, not just this page */
  totalCount: Scalars['Int']['output'];
};

export type QuoteEdge = {
  __typename?: 'QuoteEdge';
  cursor: Scalars['String']['output'];
  node: Quote;
};

/** Narrows quotes; all given conditions apply */
export type QuoteFilterInput = {
  /** One lead's quotes */
  leadId?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive text in the title or request (at most 100 characters) */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Any of these statuses */
  status?: InputMaybe<Array<QuoteStatus>>;
  /** validUntil before this instant */
  validBefore?: InputMaybe<Scalars['DateTime']['input']>;
};

/** One line of one quote version. Amounts follow the rounding rule in the README (per line, half-up). */
export type QuoteLine = {
  __typename?: 'QuoteLine';
  /** quantity × unitPrice, rounded half-up to the minor unit */
  amount: MoneyAmount;
  /** AI drafts: 0–1, how sure the drafter was of the product and quantity */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** What the customer reads */
  description: Scalars['String']['output'];
  /** This line's own discount */
  discount?: Maybe<Discount>;
  /** Id of this row (each version has its own rows) */
  id: Scalars['ID']['output'];
  /** The same line across versions: pass it back in QuoteLineInput.key to keep the identity; version diffs match on it */
  key: Scalars['ID']['output'];
  /** Taken off by this line's discount */
  lineDiscount: MoneyAmount;
  /** A person should check this line: custom, unpriced, or an AI match of low confidence */
  needsReview: Scalars['Boolean']['output'];
  /** 0-based position in the version */
  position: Scalars['Int']['output'];
  /** The catalog product; null for a custom line or a deleted product */
  product?: Maybe<Product>;
  /** Exact decimal text with up to 3 decimals, e.g. "1.5" */
  quantity: Scalars['String']['output'];
  /** This line's share of the quote discount (shares add up to it exactly) */
  quoteDiscountShare: MoneyAmount;
  /** The product's sku when the line was written */
  sku?: Maybe<Scalars['String']['output']>;
  /** AI drafts: the words of the request this line came from */
  sourcePhrase?: Maybe<Scalars['String']['output']>;
  /** Tax on (amount − lineDiscount − quoteDiscountShare), rounded half-up */
  tax: MoneyAmount;
  /** Tax rate as decimal percent text, e.g. "20" */
  taxRate: Scalars['String']['output'];
  /** amount − lineDiscount − quoteDiscountShare + tax */
  total: MoneyAmount;
  /** Unit of the quantity */
  unit: Scalars['String']['output'];
  /** Price of one unit before tax; null: not priced yet (counts as 0 and blocks sending) */
  unitPrice?: Maybe<MoneyAmount>;
};

/** One line present in both versions with different values */
export type QuoteLineChange = {
  __typename?: 'QuoteLineChange';
  /** The line in the newer version */
  after: QuoteLine;
  /** The line in the older version */
  before: QuoteLine;
  /** What differs: productId, description, quantity, unit, unitPrice, taxRate, discount, total */
  fields: Array<Scalars['String']['output']>;
  /** The line key */
  key: Scalars['ID']['output'];
};

/** One quote line. With productId, omitted description, unit, unitPrice and taxRate come from the catalog; without it, description is required. */
export type QuoteLineInput = {
  /** What the customer reads; default the product's name */
  description?: InputMaybe<Scalars['String']['input']>;
  /** This line's discount */
  discount?: InputMaybe<DiscountInput>;
  /** An existing line's key (QuoteLine.key) to keep it the same line across versions; omit for a new line */
  key?: InputMaybe<Scalars['ID']['input']>;
  /** A catalog product of this organization, active, in the quote currency */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** Decimal text above 0, at most 1000000000, with up to 3 decimals: "2", "1.5", "0.125" */
  quantity: Scalars['String']['input'];
  /** Decimal percent 0–100 with up to 3 decimals; default the product's rate, else 0 */
  taxRate?: InputMaybe<Scalars['String']['input']>;
  /** Unit of the quantity; default the product's unit, else "each" */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** Price of one unit in integer minor units; default the product's price. A custom line without one is unpriced (flagged for review, must be priced before sending). */
  unitPrice?: InputMaybe<Scalars['SafeInt']['input']>;
};

/** Sort order of quotes; ties are broken by id */
export type QuoteOrderByInput = {
  /** ASC or DESC */
  direction: OrderDirection;
  /** What to sort by */
  field: QuoteOrderField;
};

/** What quotes are sorted by */
export type QuoteOrderField =
  /** Creation time */
  | 'CREATED_AT'
  /** The current version's total in minor units */
  | 'TOTAL'
  /** Last change */
  | 'UPDATED_AT'
  /** Expiry (quotes without one sort as the database sorts nulls) */
  | 'VALID_UNTIL';

/** The quote a mutation created or changed */
export type QuotePayload = {
  __typename?: 'QuotePayload';
  /** The quote as stored */
  quote: Quote;
};

/** Where a quote is in its life */
export type QuoteStatus =
  /** The customer accepted the sent version */
  | 'ACCEPTED'
  /** Being written; the current version can change freely */
  | 'DRAFT'
  /** validUntil passed while SENT */
  | 'EXPIRED'
  /** An AI draft (draftQuote) is being written; lines arrive on quoteUpdated */
  | 'PENDING'
  /** The customer rejected the sent version */
  | 'REJECTED'
  /** The current version was sent to the customer and is frozen */
  | 'SENT'
  /** Taken back by the organization (withdrawQuote); cannot be sent or accepted */
  | 'WITHDRAWN';

/** Tax of one rate over a version */
export type QuoteTaxBreakdown = {
  __typename?: 'QuoteTaxBreakdown';
  /** Decimal percent text */
  rate: Scalars['String']['output'];
  /** Sum of the line taxes at this rate */
  tax: MoneyAmount;
  /** What the rate applies to, after all discounts */
  taxable: MoneyAmount;
};

/** A quote changed, after commit */
export type QuoteUpdatedEvent = {
  __typename?: 'QuoteUpdatedEvent';
  /** Commit time of the change */
  at: Scalars['DateTime']['output'];
  /** What happened */
  kind: QuoteChangeKind;
  /** The quote now; null if it was deleted since */
  quote?: Maybe<Quote>;
  /** Quote id */
  quoteId: Scalars['ID']['output'];
};

/** Which quote events to receive */
export type QuoteUpdatedFilterInput = {
  /** Only this lead's quotes */
  leadId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this quote */
  quoteId?: InputMaybe<Scalars['ID']['input']>;
};

/** One numbered state of a quote. A sent version never changes; every version stays readable. */
export type QuoteVersion = {
  __typename?: 'QuoteVersion';
  /** When this version was started */
  createdAt: Scalars['DateTime']['output'];
  /** The quote-level discount */
  discount?: Maybe<Discount>;
  /** The quote discount in money */
  discountTotal: MoneyAmount;
  /** Version row id */
  id: Scalars['ID']['output'];
  /** Lines in position order */
  lines: Array<QuoteLine>;
  /** 1, 2, … */
  number: Scalars['Int']['output'];
  /** When it was sent (and frozen); null while it is a draft */
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  /** Sum of the line amounts after line discounts, before the quote discount and tax */
  subtotal: MoneyAmount;
  /** Sum of the line taxes */
  tax: MoneyAmount;
  /** Tax per rate, ascending */
  taxes: Array<QuoteTaxBreakdown>;
  /** subtotal − discountTotal + tax = the sum of the line totals */
  total: MoneyAmount;
};

/** What changed between two versions of a quote, lines matched by key */
export type QuoteVersionDiff = {
  __typename?: 'QuoteVersionDiff';
  /** Lines of `to` that `from` did not have */
  added: Array<QuoteLine>;
  /** Lines in both, changed */
  changed: Array<QuoteLineChange>;
  /** The version compared from */
  from: QuoteVersion;
  /** Lines of `from` that `to` dropped */
  removed: Array<QuoteLine>;
  /** The version compared to */
  to: QuoteVersion;
};

/** A call event from an integration that does not use our Twilio webhooks (bridge scope) */
export type RecordCallEventInput = {
  /** The telephony provider call id; events for one id update one call */
  callSid: Scalars['String']['input'];
  /** Used when this event creates the call */
  direction?: InputMaybe<CallDirection>;
  durationSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** The caller hung up mid-call */
  endedEarly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Needed on the first event of a call */
  from?: InputMaybe<Scalars['PhoneNumber']['input']>;
  /** When it happened (default: now) */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  recordingSeconds?: InputMaybe<Scalars['Int']['input']>;
  recordingSid?: InputMaybe<Scalars['String']['input']>;
  recordingUrl?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CallStatus>;
  /** Needed on the first event of a call */
  to?: InputMaybe<Scalars['PhoneNumber']['input']>;
};

export type Recording = {
  __typename?: 'Recording';
  seconds?: Maybe<Scalars['Int']['output']>;
  sid?: Maybe<Scalars['String']['output']>;
  url: Scalars['String']['output'];
};

/** Ask for a password-reset email */
export type RequestPasswordResetInput = {
  email: Scalars['EmailAddress']['input'];
};

/** The same answer whether or not the address belongs to a user */
export type RequestPasswordResetPayload = {
  __typename?: 'RequestPasswordResetPayload';
  /** Always true: if the address belongs to an active user, a link valid for PASSWORD_RESET_TTL_SECONDS is on its way */
  accepted: Scalars['Boolean']['output'];
};

/** Set a new password with the token from a reset email */
export type ResetPasswordInput = {
  /** 12–200 characters, and hard to guess (zxcvbn score 3 of 4) */
  newPassword: Scalars['String']['input'];
  /** The token from the reset email; works once */
  token: Scalars['String']['input'];
};

export type RevokeApiKeyInput = {
  id: Scalars['String']['input'];
};

/** One change of a lead score, with its reason */
export type ScoreEvent = {
  __typename?: 'ScoreEvent';
  createdAt: Scalars['DateTime']['output'];
  delta: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** e.g. "+10 asked about pricing on call of 3 May" */
  reason: Scalars['String']['output'];
  scoreAfter: Scalars['Int']['output'];
  /** What moved it: PROFILE, MANUAL, CALL … */
  source: Scalars['String']['output'];
};

export type Sentiment = {
  __typename?: 'Sentiment';
  label: SentimentLabel;
  /** -1 (very negative) .. 1 (very positive) */
  score: Scalars['Float']['output'];
};

export type SentimentBySpeaker = {
  __typename?: 'SentimentBySpeaker';
  agent: Sentiment;
  customer: Sentiment;
};

export type SentimentLabel =
  | 'NEGATIVE'
  | 'NEUTRAL'
  | 'POSITIVE';

export type SeverityChannels = {
  __typename?: 'SeverityChannels';
  critical: Array<DeliveryChannel>;
  high: Array<DeliveryChannel>;
  low: Array<DeliveryChannel>;
  medium: Array<DeliveryChannel>;
};

export type SeverityChannelsInput = {
  critical: Array<DeliveryChannel>;
  high: Array<DeliveryChannel>;
  low: Array<DeliveryChannel>;
  medium: Array<DeliveryChannel>;
};

export type SeverityMinutes = {
  __typename?: 'SeverityMinutes';
  critical?: Maybe<Scalars['Int']['output']>;
  high?: Maybe<Scalars['Int']['output']>;
  low?: Maybe<Scalars['Int']['output']>;
  medium?: Maybe<Scalars['Int']['output']>;
};

export type SeverityMinutesInput = {
  critical?: InputMaybe<Scalars['Int']['input']>;
  high?: InputMaybe<Scalars['Int']['input']>;
  low?: InputMaybe<Scalars['Int']['input']>;
  medium?: InputMaybe<Scalars['Int']['input']>;
};

export type SnoozeAlertInput = {
  id: Scalars['ID']['input'];
  /** Quiet until then (at most 7 days); escalation restarts from it */
  until: Scalars['DateTime']['input'];
};

export type Speaker =
  | 'AGENT'
  | 'CUSTOMER';

export type StartCallInput = {
  /** One of our phone numbers to call from */
  fromNumberId: Scalars['ID']['input'];
  leadId: Scalars['ID']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Alerts raised (or counted again) in my organization, after commit */
  alertRaised: AlertRaisedEvent;
  /** Alerts of my organization acknowledged, resolved, snoozed or escalated */
  alertUpdated: AlertUpdatedEvent;
  /** My organization's AI spend crossing 80, 90 and 100 % of the monthly budget */
  budgetAlert: BudgetAlertEvent;
  /** Every change of one call (status, analysis status), after commit */
  callUpdated: CallUpdatedEvent;
  /** Leads of my organization crossing into HOT */
  hotLeads: HotLeadEvent;
  /** Leads of my organization created, updated or deleted, after commit */
  leadChanged: LeadChangedEvent;
  /** Each final segment of a live call with its sentiment and new signals/objections, then the final analysis (final: true) */
  liveCallAnalysis: LiveCallAnalysisEvent;
  /** Calls of my organization starting (STARTED) and ending (ENDED) */
  liveCalls: CallUpdatedEvent;
  /** Quotes of my organization created, edited, drafted by AI, sent, accepted, rejected, expired or withdrawn, after commit (needs quotes:read). A draftQuote result arrives here as DRAFTED. */
  quoteUpdated: QuoteUpdatedEvent;
};


export type SubscriptionAlertRaisedArgs = {
  filter?: InputMaybe<AlertRaisedFilterInput>;
};


export type SubscriptionAlertUpdatedArgs = {
  filter?: InputMaybe<AlertUpdatedFilterInput>;
};


export type SubscriptionCallUpdatedArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionLeadChangedArgs = {
  filter?: InputMaybe<LeadChangedFilterInput>;
};


export type SubscriptionLiveCallAnalysisArgs = {
  callId: Scalars['ID']['input'];
};


export type SubscriptionQuoteUpdatedArgs = {
  filter?: InputMaybe<QuoteUpdatedFilterInput>;
};

export type SystemStatus = {
  __typename?: 'SystemStatus';
  checkedAt: Scalars['DateTime']['output'];
  circuits: Array<CircuitStatusType>;
  /** My organization's numbers, today in its time zone */
  metrics: BusinessMetricsType;
};

export type Transcript = {
  __typename?: 'Transcript';
  id: Scalars['ID']['output'];
  language?: Maybe<Scalars['String']['output']>;
  /** In sequence order */
  segments: Array<TranscriptSegment>;
  source: TranscriptSource;
};

export type TranscriptSegment = {
  __typename?: 'TranscriptSegment';
  confidence?: Maybe<Scalars['Float']['output']>;
  endMs: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  isFinal: Scalars['Boolean']['output'];
  /** Source sequence number: order and idempotency key */
  sequence: Scalars['Int']['output'];
  speaker: Speaker;
  startMs: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type TranscriptSegmentInput = {
  confidence?: InputMaybe<Scalars['Float']['input']>;
  endMs: Scalars['Int']['input'];
  /** Partials are stored but analyzed only once final */
  isFinal?: InputMaybe<Scalars['Boolean']['input']>;
  /** Order and idempotency key within the call */
  sequence: Scalars['Int']['input'];
  speaker: Speaker;
  startMs: Scalars['Int']['input'];
  text: Scalars['String']['input'];
};

export type TranscriptSource =
  | 'MANUAL'
  | 'REALTIME'
  | 'WHISPER';

/** A Twilio number of the organization (DESIGN.md PhoneNumber; the name PhoneNumber is the E.164 scalar) */
export type TwilioNumber = {
  __typename?: 'TwilioNumber';
  createdAt: Scalars['DateTime']['output'];
  /** E.164 */
  e164: Scalars['String']['output'];
  /** Inbound calls ring this number (E.164) */
  forwardTo?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  /** e.g. SALES, SUPPORT */
  purpose: Scalars['String']['output'];
};

export type UpdateActionItemInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  status?: InputMaybe<ActionItemStatus>;
};

export type UpdateLeadInput = {
  /** Budget in minor units (cents) */
  budgetCents?: InputMaybe<Scalars['Int']['input']>;
  budgetCurrency?: InputMaybe<Scalars['Currency']['input']>;
  company?: InputMaybe<Scalars['String']['input']>;
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  /** Your own id for this lead; upserts match on it first */
  externalId?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** E.164, e.g. +15125550100 */
  phone?: InputMaybe<Scalars['PhoneNumber']['input']>;
  /** Where the lead first came from: set when it is created; updates (updateLead, upsertLead, importLeads) keep it */
  source?: InputMaybe<LeadSource>;
  status?: InputMaybe<LeadStatus>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateOrganizationInput = {
  aiBudgetPolicy?: InputMaybe<AiBudgetPolicy>;
  /** Monthly AI budget in micro-dollars; null removes the budget */
  aiMonthlyBudgetMicros?: InputMaybe<Scalars['Float']['input']>;
  alertSettings?: InputMaybe<AlertSettingsInput>;
  /** Score (1–100) at or above which a lead is HOT; changing it re-derives every lead */
  hotThreshold?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** IANA time zone, e.g. America/Chicago */
  timezone?: InputMaybe<Scalars['String']['input']>;
  /** Score (1–100, below hotThreshold) at or above which a lead is WARM; changing it re-derives every lead */
  warmThreshold?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdatePhoneNumberInput = {
  forwardTo?: InputMaybe<Scalars['PhoneNumber']['input']>;
  id: Scalars['ID']['input'];
  label?: InputMaybe<Scalars['String']['input']>;
  purpose?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a product; omitted fields stay as they are. Existing quote lines keep the price they were written with. */
export type UpdateProductInput = {
  /** Activate or deactivate */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** New currency */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** New description; null clears it */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The product to change */
  id: Scalars['ID']['input'];
  /** New name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New sku (unique within the organization) */
  sku?: InputMaybe<Scalars['String']['input']>;
  /** New tax rate, decimal percent */
  taxRate?: InputMaybe<Scalars['String']['input']>;
  /** New unit */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** New unit price in minor units */
  unitPrice?: InputMaybe<Scalars['SafeInt']['input']>;
};

/** Changes to a quote; omitted fields stay. A SENT, EXPIRED or REJECTED quote gets a new DRAFT version with the change; the sent version stays frozen. */
export type UpdateQuoteInput = {
  /** New quote discount; null removes it */
  discount?: InputMaybe<DiscountInput>;
  /** The quote to change */
  id: Scalars['ID']['input'];
  /** The whole new list of lines (replaces the current version's lines); omit to keep them */
  lines?: InputMaybe<Array<QuoteLineInput>>;
  /** New request text; null clears it */
  request?: InputMaybe<Scalars['String']['input']>;
  /** New title */
  title?: InputMaybe<Scalars['String']['input']>;
  /** New last valid day, YYYY-MM-DD; null clears it */
  validUntil?: InputMaybe<Scalars['String']['input']>;
};

/** Matched by externalId, else email, else phone; created when none matches */
export type UpsertLeadInput = {
  /** Budget in minor units (cents) */
  budgetCents?: InputMaybe<Scalars['Int']['input']>;
  budgetCurrency?: InputMaybe<Scalars['Currency']['input']>;
  company?: InputMaybe<Scalars['String']['input']>;
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  /** Your own id for this lead; upserts match on it first */
  externalId?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** E.164, e.g. +15125550100 */
  phone?: InputMaybe<Scalars['PhoneNumber']['input']>;
  /** Where the lead first came from: set when it is created; updates (updateLead, upsertLead, importLeads) keep it */
  source?: InputMaybe<LeadSource>;
  status?: InputMaybe<LeadStatus>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpsertLeadPayload = {
  __typename?: 'UpsertLeadPayload';
  /** False when an existing lead was found and updated */
  created: Scalars['Boolean']['output'];
  lead: Lead;
};

export type UsageBreakdown = {
  __typename?: 'UsageBreakdown';
  audioSeconds: Scalars['Float']['output'];
  /** Micro-dollars */
  costMicroDollars: Scalars['Float']['output'];
  inputTokens: Scalars['Float']['output'];
  /** Operation, provider:model, or YYYY-MM-DD */
  key: Scalars['String']['output'];
  /** AI calls made */
  operations: Scalars['Int']['output'];
  outputTokens: Scalars['Float']['output'];
};

export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['EmailAddress']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Where CRITICAL alerts reach them by SMS */
  phone?: Maybe<Scalars['PhoneNumber']['output']>;
  role: UserRole;
};

export type UserPayload = {
  __typename?: 'UserPayload';
  user: User;
};

export type UserRole =
  | 'ADMIN'
  | 'AGENT'
  | 'OWNER'
  | 'VIEWER';

/** Who is calling */
export type Viewer = {
  __typename?: 'Viewer';
  /** Set when calling with an API key */
  apiKey?: Maybe<ApiKey>;
  organization: Organization;
  permissions: Array<Scalars['String']['output']>;
  /** Set when signed in as a user */
  user?: Maybe<User>;
};

/** The quote to withdraw */
export type WithdrawQuoteInput = {
  /** A PENDING, DRAFT or SENT quote */
  id: Scalars['ID']['input'];
  /** Why, kept in the audit trail */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginPayload', token: string, expiresAt: string, user: { __typename?: 'User', id: string, email: string, role: UserRole } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Viewer', permissions: Array<string>, user?: { __typename?: 'User', id: string, email: string, role: UserRole } | null, apiKey?: { __typename?: 'ApiKey', id: string, prefix: string } | null, organization: { __typename?: 'Organization', id: string, name: string } } };

export type OrganizationQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', id: string, name: string, timezone: string, hotThreshold: number, warmThreshold: number } };

export type UpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type UpdateOrganizationMutation = { __typename?: 'Mutation', updateOrganization: { __typename?: 'OrganizationPayload', organization: { __typename?: 'Organization', id: string, name: string, timezone: string, hotThreshold: number, warmThreshold: number } } };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, email: string, role: UserRole }> };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'UserPayload', user: { __typename?: 'User', id: string, email: string, role: UserRole } } };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { __typename?: 'Query', apiKeys: Array<{ __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<string>, lastUsedAt?: string | null, revokedAt?: string | null }> };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreateApiKeyPayload', secret: string, apiKey: { __typename?: 'ApiKey', id: string, prefix: string, scopes: Array<string> } } };

export type RevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKeyPayload', apiKey: { __typename?: 'ApiKey', id: string, revokedAt?: string | null } } };

export type AuditEventsQueryVariables = Exact<{
  filter?: InputMaybe<AuditEventFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditEventsQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'AuditEventEdge', node: { __typename?: 'AuditEvent', id: string, actorType: string, actorId?: string | null, action: string, entityType: string, entityId?: string | null, before?: Record<string, unknown> | null, after?: Record<string, unknown> | null, requestId?: string | null } }> } };

export type DeactivateUserMutationVariables = Exact<{
  input: DeactivateUserInput;
}>;


export type DeactivateUserMutation = { __typename?: 'Mutation', deactivateUser: { __typename?: 'UserPayload', user: { __typename?: 'User', id: string, role: UserRole, active: boolean } } };

export type ChangeUserRoleMutationVariables = Exact<{
  input: ChangeUserRoleInput;
}>;


export type ChangeUserRoleMutation = { __typename?: 'Mutation', changeUserRole: { __typename?: 'UserPayload', user: { __typename?: 'User', id: string, role: UserRole, active: boolean } } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: { __typename?: 'LoginPayload', token: string, expiresAt: string, user: { __typename?: 'User', id: string } } };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { __typename?: 'Mutation', inviteUser: { __typename?: 'InviteUserPayload', email: string, role: UserRole, expiresAt: string } };

export type AcceptInviteMutationVariables = Exact<{
  input: AcceptInviteInput;
}>;


export type AcceptInviteMutation = { __typename?: 'Mutation', acceptInvite: { __typename?: 'LoginPayload', token: string, expiresAt: string, user: { __typename?: 'User', id: string, email: string, role: UserRole } } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: { __typename?: 'RequestPasswordResetPayload', accepted: boolean } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: { __typename?: 'LoginPayload', token: string, user: { __typename?: 'User', id: string } } };

export type AlertDeliveriesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AlertDeliveriesQuery = { __typename?: 'Query', alert?: { __typename?: 'Alert', id: string, type: AlertType, severity: AlertSeverity, status: AlertStatus, count: number, escalationLevel: number, escalatedAt: string, snoozedUntil?: string | null, createdAt: string, deliveries: Array<{ __typename?: 'NotificationDelivery', id: string, channel: DeliveryChannel, recipient: string, escalationLevel: number, status: DeliveryStatus, attempts: number, lastError?: string | null, sendAfter?: string | null, sentAt?: string | null, createdAt: string }> } | null };

export type BudgetCallAnalysisQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BudgetCallAnalysisQuery = { __typename?: 'Query', call?: { __typename?: 'Call', id: string, status: CallStatus, analysisStatus: AnalysisStatus, analysis?: { __typename?: 'CallAnalysis', kind: AnalysisKind, provider: string, model: string, degraded: boolean, costMicroDollars: number } | null } | null };

export type UsageBreakdownFieldsFragment = { __typename?: 'UsageBreakdown', key: string, costMicroDollars: number, operations: number, inputTokens: number, outputTokens: number, audioSeconds: number };

export type AiUsageDetailQueryVariables = Exact<{
  period?: InputMaybe<PeriodInput>;
}>;


export type AiUsageDetailQuery = { __typename?: 'Query', aiUsage: { __typename?: 'AiUsageReport', from: string, to: string, costPerCall?: number | null, costPerEmail?: number | null, costPerQuote?: number | null, total: { __typename?: 'UsageBreakdown', key: string, costMicroDollars: number, operations: number, inputTokens: number, outputTokens: number, audioSeconds: number }, byOperation: Array<{ __typename?: 'UsageBreakdown', key: string, costMicroDollars: number, operations: number, inputTokens: number, outputTokens: number, audioSeconds: number }>, byModel: Array<{ __typename?: 'UsageBreakdown', key: string, costMicroDollars: number, operations: number, inputTokens: number, outputTokens: number, audioSeconds: number }>, byDay: Array<{ __typename?: 'UsageBreakdown', key: string, costMicroDollars: number, operations: number, inputTokens: number, outputTokens: number, audioSeconds: number }>, budget: { __typename?: 'BudgetStatus', budgetMicros?: number | null, spentMonthToDateMicros: number, percentUsed?: number | null, policy: string } } };

export type AlertRaisedIdsSubscriptionVariables = Exact<{
  filter?: InputMaybe<AlertRaisedFilterInput>;
}>;


export type AlertRaisedIdsSubscription = { __typename?: 'Subscription', alertRaised: { __typename?: 'AlertRaisedEvent', created: boolean, alert: { __typename?: 'Alert', id: string, type: AlertType, severity: AlertSeverity, dedupKey: string, count: number, status: AlertStatus } } };

export type AlertFieldsFragment = { __typename?: 'Alert', id: string, type: AlertType, severity: AlertSeverity, title: string, body?: string | null, subjectType?: string | null, subjectId?: string | null, dedupKey: string, status: AlertStatus, count: number, lastSeenAt: string, escalationLevel: number, escalatedAt: string, snoozedUntil?: string | null, acknowledgedAt?: string | null, acknowledgedBy?: string | null, resolvedAt?: string | null, resolvedBy?: string | null, createdAt: string };

export type AlertsQueryVariables = Exact<{
  filter?: InputMaybe<AlertFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AlertsQuery = { __typename?: 'Query', alerts: { __typename?: 'AlertConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'AlertEdge', node: { __typename?: 'Alert', id: string, type: AlertType, severity: AlertSeverity, title: string, body?: string | null, subjectType?: string | null, subjectId?: string | null, dedupKey: string, status: AlertStatus, count: number, lastSeenAt: string, escalationLevel: number, escalatedAt: string, snoozedUntil?: string | null, acknowledgedAt?: string | null, acknowledgedBy?: string | null, resolvedAt?: string | null, resolvedBy?: string | null, createdAt: string } }> } };

export type AlertQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AlertQuery = { __typename?: 'Query', alert?: { __typename?: 'Alert', id: string, type: AlertType, severity: AlertSeverity, title: string, body?: string | null, subjectType?: string | null, subjectId?: string | null, dedupKey: string, status: AlertStatus, count: number, lastSeenAt: string, escalationLevel: number, escalatedAt: string, snoozedUntil?: string | null, acknowledgedAt?: string | null, acknowledgedBy?: string | null, resolvedAt?: string | null, resolvedBy?: string | null, createdAt: string, deliveries: Array<{ __typename?: 'NotificationDelivery', id: string, channel: DeliveryChannel, recipient: string, escalationLevel: number, status: DeliveryStatus, attempts: number, lastError?: string | null, sendAfter?: string | null, sentAt?: string | null }> } | null };

export type AlertCountsQueryVariables = Exact<{
  status?: InputMaybe<Array<AlertStatus> | AlertStatus>;
}>;


export type AlertCountsQuery = { __typename?: 'Query', alertCounts: { __typename?: 'AlertCounts', critical: number, high: number, medium: number, low: number, total: number } };

export type AcknowledgeAlertMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcknowledgeAlertMutation = { __typename?: 'Mutation', acknowledgeAlert: { __typename?: 'AlertPayload', alert: { __typename?: 'Alert', id: string, type: AlertType, severity: AlertSeverity, title: string, body?: string | null, subjectType?: string | null, subjectId?: string | null, dedupKey: string, status: AlertStatus, count: number, lastSeenAt: string, escalationLevel: number, escalatedAt: string, snoozedUntil?: string | null, acknowledgedAt?: string | null, acknowledgedBy?: string | null, resolvedAt?: string | null, resolvedBy?: string | null, createdAt: string } } };

export type ResolveAlertMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResolveAlertMutation = { __typename?: 'Mutation', resolveAlert: { __typename?: 'AlertPayload', alert: { __typename?: 'Alert', id: string, type: AlertType, severity: AlertSeverity, title: string, body?: string | null, subjectType?: string | null, subjectId?: string | null, dedupKey: string, status: AlertStatus, count: number, lastSeenAt: string, escalationLevel: number, escalatedAt: string, snoozedUntil?: string | null, acknowledgedAt?: string | null, acknowledgedBy?: string | null, resolvedAt?: string | null, resolvedBy?: string | null, createdAt: string } } };

export type SnoozeAlertMutationVariables = Exact<{
  input: SnoozeAlertInput;
}>;


export type SnoozeAlertMutation = { __typename?: 'Mutation', snoozeAlert: { __typename?: 'AlertPayload', alert: { __typename?: 'Alert', id: string, type: AlertType, severity: AlertSeverity, title: string, body?: string | null, subjectType?: string | null, subjectId?: string | null, dedupKey: string, status: AlertStatus, count: number, lastSeenAt: string, escalationLevel: number, escalatedAt: string, snoozedUntil?: string | null, acknowledgedAt?: string | null, acknowledgedBy?: string | null, resolvedAt?: string | null, resolvedBy?: string | null, createdAt: string } } };

export type AiUsageQueryVariables = Exact<{
  period?: InputMaybe<PeriodInput>;
}>;


export type AiUsageQuery = { __typename?: 'Query', aiUsage: { __typename?: 'AiUsageReport', from: string, to: string, costPerCall?: number | null, costPerEmail?: number | null, costPerQuote?: number | null, total: { __typename?: 'UsageBreakdown', key: string, costMicroDollars: number, operations: number, inputTokens: number, outputTokens: number, audioSeconds: number }, byOperation: Array<{ __typename?: 'UsageBreakdown', key: string, costMicroDollars: number, operations: number }>, byModel: Array<{ __typename?: 'UsageBreakdown', key: string, costMicroDollars: number, operations: number }>, byDay: Array<{ __typename?: 'UsageBreakdown', key: string, costMicroDollars: number, operations: number }>, budget: { __typename?: 'BudgetStatus', budgetMicros?: number | null, spentMonthToDateMicros: number, percentUsed?: number | null, policy: string } } };

export type SystemStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemStatusQuery = { __typename?: 'Query', systemStatus: { __typename?: 'SystemStatus', checkedAt: string, circuits: Array<{ __typename?: 'CircuitStatusType', name: string, state: string, configured: boolean, consecutiveFailures: number, changedAt: string, lastFailure?: string | null }>, metrics: { __typename?: 'BusinessMetricsType', callsToday: number, callSuccessRate?: number | null, averageAnalysisLatencyMs?: number | null, hotLeadsToday: number, aiSpendMonthToDateMicros: number } } };

export type OrganizationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationSettingsQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', id: string, timezone: string, aiMonthlyBudgetMicros?: number | null, aiBudgetPolicy: AiBudgetPolicy, alertSettings: { __typename?: 'AlertSettingsType', slackWebhookConfigured: boolean, escalationMinutes: { __typename?: 'SeverityMinutes', critical?: number | null, high?: number | null, medium?: number | null, low?: number | null }, routing: { __typename?: 'SeverityChannels', critical: Array<DeliveryChannel>, high: Array<DeliveryChannel>, medium: Array<DeliveryChannel>, low: Array<DeliveryChannel> }, quietHours?: { __typename?: 'QuietHours', start: string, end: string } | null } } };

export type UpdateOrganizationSettingsMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type UpdateOrganizationSettingsMutation = { __typename?: 'Mutation', updateOrganization: { __typename?: 'OrganizationPayload', organization: { __typename?: 'Organization', id: string, aiMonthlyBudgetMicros?: number | null, aiBudgetPolicy: AiBudgetPolicy, alertSettings: { __typename?: 'AlertSettingsType', slackWebhookConfigured: boolean, escalationMinutes: { __typename?: 'SeverityMinutes', critical?: number | null, high?: number | null }, routing: { __typename?: 'SeverityChannels', critical: Array<DeliveryChannel>, high: Array<DeliveryChannel>, medium: Array<DeliveryChannel>, low: Array<DeliveryChannel> }, quietHours?: { __typename?: 'QuietHours', start: string, end: string } | null } } } };

export type AlertUpdatedSubscriptionVariables = Exact<{
  filter?: InputMaybe<AlertUpdatedFilterInput>;
}>;


export type AlertUpdatedSubscription = { __typename?: 'Subscription', alertUpdated: { __typename?: 'AlertUpdatedEvent', change: string, at: string, alert: { __typename?: 'Alert', id: string, status: AlertStatus, escalationLevel: number, snoozedUntil?: string | null } } };

export type HotLeadsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type HotLeadsSubscription = { __typename?: 'Subscription', hotLeads: { __typename?: 'HotLeadEvent', reason: string, at: string, lead: { __typename?: 'Lead', id: string, name: string, score: number, temperature: LeadTemperature }, alert: { __typename?: 'Alert', id: string, type: AlertType } } };

export type BudgetAlertSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type BudgetAlertSubscription = { __typename?: 'Subscription', budgetAlert: { __typename?: 'BudgetAlertEvent', period: string, threshold: number, spentMicros: number, budgetMicros: number, alert: { __typename?: 'Alert', id: string, type: AlertType, severity: AlertSeverity, dedupKey: string } } };

export type CallTranscriptQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CallTranscriptQuery = { __typename?: 'Query', call?: { __typename?: 'Call', id: string, status: CallStatus, analysisStatus: AnalysisStatus, answeredAt?: string | null, endedAt?: string | null, durationSeconds?: number | null, endedEarly: boolean, transcript?: { __typename?: 'Transcript', source: TranscriptSource, segments: Array<{ __typename?: 'TranscriptSegment', sequence: number, speaker: Speaker, text: string, startMs: number, endMs: number, confidence?: number | null, isFinal: boolean }> } | null, analysis?: { __typename?: 'CallAnalysis', kind: AnalysisKind, provider: string, degraded: boolean, segmentsAnalyzed: number } | null } | null };

export type CallsWithAnalysisQueryVariables = Exact<{
  filter?: InputMaybe<CallFilterInput>;
  orderBy?: InputMaybe<CallOrderByInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CallsWithAnalysisQuery = { __typename?: 'Query', calls: { __typename?: 'CallConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CallEdge', cursor: string, node: { __typename?: 'Call', id: string, direction: CallDirection, status: CallStatus, startedAt?: string | null, durationSeconds?: number | null, analysisStatus: AnalysisStatus, lead?: { __typename?: 'Lead', id: string } | null, analysis?: { __typename?: 'CallAnalysis', sentiment: { __typename?: 'Sentiment', label: SentimentLabel, score: number }, buyingSignals: Array<{ __typename?: 'BuyingSignal', kind: BuyingSignalKind }> } | null } }> } };

export type UpdatePhoneNumberDetailsMutationVariables = Exact<{
  input: UpdatePhoneNumberInput;
}>;


export type UpdatePhoneNumberDetailsMutation = { __typename?: 'Mutation', updatePhoneNumber: { __typename?: 'PhoneNumberPayload', phoneNumber: { __typename?: 'TwilioNumber', id: string, e164: string, label: string, purpose: string, forwardTo?: string | null } } };

export type CallFieldsFragment = { __typename?: 'Call', id: string, direction: CallDirection, fromNumber: string, toNumber: string, twilioCallSid: string, status: CallStatus, startedAt?: string | null, answeredAt?: string | null, endedAt?: string | null, durationSeconds?: number | null, analysisStatus: AnalysisStatus, endedEarly: boolean, recording?: { __typename?: 'Recording', url: string, sid?: string | null, seconds?: number | null } | null, lead?: { __typename?: 'Lead', id: string, name: string, phone?: string | null, score: number, temperature: LeadTemperature } | null };

export type AnalysisFieldsFragment = { __typename?: 'CallAnalysis', kind: AnalysisKind, summary: string, provider: string, model: string, promptVersion: string, degraded: boolean, costMicroDollars: number, segmentsAnalyzed: number, sentiment: { __typename?: 'Sentiment', label: SentimentLabel, score: number }, sentimentBySpeaker: { __typename?: 'SentimentBySpeaker', agent: { __typename?: 'Sentiment', label: SentimentLabel, score: number }, customer: { __typename?: 'Sentiment', label: SentimentLabel, score: number } }, buyingSignals: Array<{ __typename?: 'BuyingSignal', kind: BuyingSignalKind, quote: string, segmentSequence: number }>, objections: Array<{ __typename?: 'Objection', kind: ObjectionKind, quote: string, segmentSequence: number }>, metrics: { __typename?: 'ConversationMetrics', agentTalkRatio: number, questionsByAgent: number, questionsByCustomer: number, longestMonologueMs: number, longestMonologueSpeaker?: Speaker | null } };

export type CallQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CallQuery = { __typename?: 'Query', call?: { __typename?: 'Call', id: string, direction: CallDirection, fromNumber: string, toNumber: string, twilioCallSid: string, status: CallStatus, startedAt?: string | null, answeredAt?: string | null, endedAt?: string | null, durationSeconds?: number | null, analysisStatus: AnalysisStatus, endedEarly: boolean, transcript?: { __typename?: 'Transcript', source: TranscriptSource, segments: Array<{ __typename?: 'TranscriptSegment', sequence: number, speaker: Speaker, text: string, isFinal: boolean }> } | null, analysis?: { __typename?: 'CallAnalysis', kind: AnalysisKind, summary: string, provider: string, model: string, promptVersion: string, degraded: boolean, costMicroDollars: number, segmentsAnalyzed: number, sentiment: { __typename?: 'Sentiment', label: SentimentLabel, score: number }, sentimentBySpeaker: { __typename?: 'SentimentBySpeaker', agent: { __typename?: 'Sentiment', label: SentimentLabel, score: number }, customer: { __typename?: 'Sentiment', label: SentimentLabel, score: number } }, buyingSignals: Array<{ __typename?: 'BuyingSignal', kind: BuyingSignalKind, quote: string, segmentSequence: number }>, objections: Array<{ __typename?: 'Objection', kind: ObjectionKind, quote: string, segmentSequence: number }>, metrics: { __typename?: 'ConversationMetrics', agentTalkRatio: number, questionsByAgent: number, questionsByCustomer: number, longestMonologueMs: number, longestMonologueSpeaker?: Speaker | null } } | null, actionItems: Array<{ __typename?: 'ActionItem', id: string, description: string, owner: Speaker, dueAt?: string | null, status: ActionItemStatus }>, appointments: Array<{ __typename?: 'Appointment', id: string, startsAt: string, purpose: AppointmentPurpose, status: AppointmentStatus, quote?: string | null }>, recording?: { __typename?: 'Recording', url: string, sid?: string | null, seconds?: number | null } | null, lead?: { __typename?: 'Lead', id: string, name: string, phone?: string | null, score: number, temperature: LeadTemperature } | null } | null };

export type CallsQueryVariables = Exact<{
  filter?: InputMaybe<CallFilterInput>;
  orderBy?: InputMaybe<CallOrderByInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CallsQuery = { __typename?: 'Query', calls: { __typename?: 'CallConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CallEdge', node: { __typename?: 'Call', id: string, direction: CallDirection, fromNumber: string, toNumber: string, twilioCallSid: string, status: CallStatus, startedAt?: string | null, answeredAt?: string | null, endedAt?: string | null, durationSeconds?: number | null, analysisStatus: AnalysisStatus, endedEarly: boolean, recording?: { __typename?: 'Recording', url: string, sid?: string | null, seconds?: number | null } | null, lead?: { __typename?: 'Lead', id: string, name: string, phone?: string | null, score: number, temperature: LeadTemperature } | null } }> } };

export type LeadCallsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LeadCallsQuery = { __typename?: 'Query', lead?: { __typename?: 'Lead', id: string, calls: Array<{ __typename?: 'Call', id: string, status: CallStatus }> } | null };

export type AppointmentsQueryVariables = Exact<{
  filter?: InputMaybe<AppointmentFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AppointmentsQuery = { __typename?: 'Query', appointments: { __typename?: 'AppointmentConnection', totalCount: number, edges: Array<{ __typename?: 'AppointmentEdge', node: { __typename?: 'Appointment', id: string, startsAt: string, purpose: AppointmentPurpose, status: AppointmentStatus, lead?: { __typename?: 'Lead', id: string } | null, call?: { __typename?: 'Call', id: string } | null } }> } };

export type PhoneNumbersQueryVariables = Exact<{ [key: string]: never; }>;


export type PhoneNumbersQuery = { __typename?: 'Query', phoneNumbers: Array<{ __typename?: 'TwilioNumber', id: string, e164: string, forwardTo?: string | null }> };

export type CreatePhoneNumberMutationVariables = Exact<{
  input: PhoneNumberInput;
}>;


export type CreatePhoneNumberMutation = { __typename?: 'Mutation', createPhoneNumber: { __typename?: 'PhoneNumberPayload', phoneNumber: { __typename?: 'TwilioNumber', id: string, e164: string, label: string, purpose: string, forwardTo?: string | null } } };

export type UpdatePhoneNumberMutationVariables = Exact<{
  input: UpdatePhoneNumberInput;
}>;


export type UpdatePhoneNumberMutation = { __typename?: 'Mutation', updatePhoneNumber: { __typename?: 'PhoneNumberPayload', phoneNumber: { __typename?: 'TwilioNumber', id: string, forwardTo?: string | null } } };

export type DeletePhoneNumberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeletePhoneNumberMutation = { __typename?: 'Mutation', deletePhoneNumber: { __typename?: 'DeletePhoneNumberPayload', deletedPhoneNumberId: string } };

export type RecordCallEventMutationVariables = Exact<{
  input: RecordCallEventInput;
}>;


export type RecordCallEventMutation = { __typename?: 'Mutation', recordCallEvent: { __typename?: 'CallPayload', call: { __typename?: 'Call', id: string, direction: CallDirection, fromNumber: string, toNumber: string, twilioCallSid: string, status: CallStatus, startedAt?: string | null, answeredAt?: string | null, endedAt?: string | null, durationSeconds?: number | null, analysisStatus: AnalysisStatus, endedEarly: boolean, recording?: { __typename?: 'Recording', url: string, sid?: string | null, seconds?: number | null } | null, lead?: { __typename?: 'Lead', id: string, name: string, phone?: string | null, score: number, temperature: LeadTemperature } | null } } };

export type AppendTranscriptSegmentsMutationVariables = Exact<{
  input: AppendTranscriptSegmentsInput;
}>;


export type AppendTranscriptSegmentsMutation = { __typename?: 'Mutation', appendTranscriptSegments: { __typename?: 'AppendTranscriptSegmentsPayload', inserted: number, call: { __typename?: 'Call', id: string, status: CallStatus } } };

export type StartCallMutationVariables = Exact<{
  input: StartCallInput;
}>;


export type StartCallMutation = { __typename?: 'Mutation', startCall: { __typename?: 'CallPayload', call: { __typename?: 'Call', id: string, direction: CallDirection, fromNumber: string, toNumber: string, twilioCallSid: string, status: CallStatus, startedAt?: string | null, answeredAt?: string | null, endedAt?: string | null, durationSeconds?: number | null, analysisStatus: AnalysisStatus, endedEarly: boolean, recording?: { __typename?: 'Recording', url: string, sid?: string | null, seconds?: number | null } | null, lead?: { __typename?: 'Lead', id: string, name: string, phone?: string | null, score: number, temperature: LeadTemperature } | null } } };

export type AnalyzeCallMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AnalyzeCallMutation = { __typename?: 'Mutation', analyzeCall: { __typename?: 'CallPayload', call: { __typename?: 'Call', id: string, analysisStatus: AnalysisStatus } } };

export type TranscribeCallMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TranscribeCallMutation = { __typename?: 'Mutation', transcribeCall: { __typename?: 'CallPayload', call: { __typename?: 'Call', id: string, analysisStatus: AnalysisStatus } } };

export type UpdateActionItemMutationVariables = Exact<{
  input: UpdateActionItemInput;
}>;


export type UpdateActionItemMutation = { __typename?: 'Mutation', updateActionItem: { __typename?: 'ActionItemPayload', actionItem: { __typename?: 'ActionItem', id: string, description: string, dueAt?: string | null, status: ActionItemStatus, completedAt?: string | null } } };

export type CompleteActionItemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CompleteActionItemMutation = { __typename?: 'Mutation', completeActionItem: { __typename?: 'ActionItemPayload', actionItem: { __typename?: 'ActionItem', id: string, status: ActionItemStatus, completedAt?: string | null } } };

export type ConfirmAppointmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConfirmAppointmentMutation = { __typename?: 'Mutation', confirmAppointment: { __typename?: 'AppointmentPayload', appointment: { __typename?: 'Appointment', id: string, status: AppointmentStatus } } };

export type CancelAppointmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelAppointmentMutation = { __typename?: 'Mutation', cancelAppointment: { __typename?: 'AppointmentPayload', appointment: { __typename?: 'Appointment', id: string, status: AppointmentStatus } } };

export type CallUpdatedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CallUpdatedSubscription = { __typename?: 'Subscription', callUpdated: { __typename?: 'CallUpdatedEvent', kind: CallChangeKind, at: string, call: { __typename?: 'Call', id: string, status: CallStatus, analysisStatus: AnalysisStatus } } };

export type LiveCallsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveCallsSubscription = { __typename?: 'Subscription', liveCalls: { __typename?: 'CallUpdatedEvent', kind: CallChangeKind, call: { __typename?: 'Call', id: string, status: CallStatus, twilioCallSid: string } } };

export type LiveCallAnalysisSubscriptionVariables = Exact<{
  callId: Scalars['ID']['input'];
}>;


export type LiveCallAnalysisSubscription = { __typename?: 'Subscription', liveCallAnalysis: { __typename?: 'LiveCallAnalysisEvent', callId: string, sequence: number, final: boolean, segment?: { __typename?: 'TranscriptSegment', sequence: number, speaker: Speaker, text: string } | null, segmentSentiment: { __typename?: 'Sentiment', label: SentimentLabel, score: number }, newBuyingSignals: Array<{ __typename?: 'BuyingSignal', kind: BuyingSignalKind, quote: string }>, newObjections: Array<{ __typename?: 'Objection', kind: ObjectionKind }>, analysis?: { __typename?: 'CallAnalysis', kind: AnalysisKind, segmentsAnalyzed: number, sentiment: { __typename?: 'Sentiment', label: SentimentLabel, score: number }, metrics: { __typename?: 'ConversationMetrics', agentTalkRatio: number, questionsByCustomer: number } } | null } };

export type AlertRaisedSubscriptionVariables = Exact<{
  filter?: InputMaybe<AlertRaisedFilterInput>;
}>;


export type AlertRaisedSubscription = { __typename?: 'Subscription', alertRaised: { __typename?: 'AlertRaisedEvent', created: boolean, alert: { __typename?: 'Alert', id: string, type: AlertType, severity: AlertSeverity, title: string, subjectType?: string | null, subjectId?: string | null, count: number, status: AlertStatus } } };

export type LeadFieldsFragment = { __typename?: 'Lead', id: string, name: string, email?: string | null, phone?: string | null, company?: string | null, source: LeadSource, status: LeadStatus, tags: Array<string>, customFields: Record<string, unknown>, externalId?: string | null, score: number, temperature: LeadTemperature, createdAt: string, lastActivityAt: string, budget?: { __typename?: 'Money', amountCents: number, currency: string } | null, owner?: { __typename?: 'User', id: string, name: string } | null };

export type LeadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LeadQuery = { __typename?: 'Query', lead?: { __typename?: 'Lead', id: string, name: string, email?: string | null, phone?: string | null, company?: string | null, source: LeadSource, status: LeadStatus, tags: Array<string>, customFields: Record<string, unknown>, externalId?: string | null, score: number, temperature: LeadTemperature, createdAt: string, lastActivityAt: string, scoreHistory: Array<{ __typename?: 'ScoreEvent', delta: number, scoreAfter: number, reason: string, source: string }>, budget?: { __typename?: 'Money', amountCents: number, currency: string } | null, owner?: { __typename?: 'User', id: string, name: string } | null } | null };

export type LeadsQueryVariables = Exact<{
  filter?: InputMaybe<LeadFilterInput>;
  orderBy?: InputMaybe<LeadOrderByInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type LeadsQuery = { __typename?: 'Query', leads: { __typename?: 'LeadConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'LeadEdge', cursor: string, node: { __typename?: 'Lead', id: string, name: string, email?: string | null, phone?: string | null, company?: string | null, source: LeadSource, status: LeadStatus, tags: Array<string>, customFields: Record<string, unknown>, externalId?: string | null, score: number, temperature: LeadTemperature, createdAt: string, lastActivityAt: string, budget?: { __typename?: 'Money', amountCents: number, currency: string } | null, owner?: { __typename?: 'User', id: string, name: string } | null } }> } };

export type LeadsWithHistoryQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type LeadsWithHistoryQuery = { __typename?: 'Query', leads: { __typename?: 'LeadConnection', edges: Array<{ __typename?: 'LeadEdge', node: { __typename?: 'Lead', id: string, name: string, tags: Array<string>, owner?: { __typename?: 'User', id: string, name: string, email: string } | null, scoreHistory: Array<{ __typename?: 'ScoreEvent', delta: number, reason: string }> } }> } };

export type CreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type CreateLeadMutation = { __typename?: 'Mutation', createLead: { __typename?: 'LeadPayload', lead: { __typename?: 'Lead', id: string, name: string, email?: string | null, phone?: string | null, company?: string | null, source: LeadSource, status: LeadStatus, tags: Array<string>, customFields: Record<string, unknown>, externalId?: string | null, score: number, temperature: LeadTemperature, createdAt: string, lastActivityAt: string, budget?: { __typename?: 'Money', amountCents: number, currency: string } | null, owner?: { __typename?: 'User', id: string, name: string } | null } } };

export type UpdateLeadMutationVariables = Exact<{
  input: UpdateLeadInput;
}>;


export type UpdateLeadMutation = { __typename?: 'Mutation', updateLead: { __typename?: 'LeadPayload', lead: { __typename?: 'Lead', id: string, name: string, email?: string | null, phone?: string | null, company?: string | null, source: LeadSource, status: LeadStatus, tags: Array<string>, customFields: Record<string, unknown>, externalId?: string | null, score: number, temperature: LeadTemperature, createdAt: string, lastActivityAt: string, budget?: { __typename?: 'Money', amountCents: number, currency: string } | null, owner?: { __typename?: 'User', id: string, name: string } | null } } };

export type DeleteLeadMutationVariables = Exact<{
  input: DeleteLeadInput;
}>;


export type DeleteLeadMutation = { __typename?: 'Mutation', deleteLead: { __typename?: 'DeleteLeadPayload', deletedLeadId: string } };

export type UpsertLeadMutationVariables = Exact<{
  input: UpsertLeadInput;
}>;


export type UpsertLeadMutation = { __typename?: 'Mutation', upsertLead: { __typename?: 'UpsertLeadPayload', created: boolean, lead: { __typename?: 'Lead', id: string, name: string, email?: string | null, phone?: string | null, company?: string | null, source: LeadSource, status: LeadStatus, tags: Array<string>, customFields: Record<string, unknown>, externalId?: string | null, score: number, temperature: LeadTemperature, createdAt: string, lastActivityAt: string, budget?: { __typename?: 'Money', amountCents: number, currency: string } | null, owner?: { __typename?: 'User', id: string, name: string } | null } } };

export type ImportLeadsMutationVariables = Exact<{
  input: ImportLeadsInput;
}>;


export type ImportLeadsMutation = { __typename?: 'Mutation', importLeads: { __typename?: 'ImportLeadsPayload', createdCount: number, updatedCount: number, failedCount: number, results: Array<{ __typename?: 'ImportLeadResult', index: number, created: boolean, lead?: { __typename?: 'Lead', id: string, name: string, email?: string | null, source: LeadSource, status: LeadStatus, tags: Array<string> } | null, errors: Array<{ __typename?: 'FieldError', code: string, field?: string | null, message: string }> }> } };

export type AdjustLeadScoreMutationVariables = Exact<{
  input: AdjustLeadScoreInput;
}>;


export type AdjustLeadScoreMutation = { __typename?: 'Mutation', adjustLeadScore: { __typename?: 'LeadPayload', lead: { __typename?: 'Lead', id: string, score: number, temperature: LeadTemperature, scoreHistory: Array<{ __typename?: 'ScoreEvent', delta: number, scoreAfter: number, reason: string, source: string }> } } };

export type LeadChangedSubscriptionVariables = Exact<{
  filter?: InputMaybe<LeadChangedFilterInput>;
}>;


export type LeadChangedSubscription = { __typename?: 'Subscription', leadChanged: { __typename?: 'LeadChangedEvent', kind: LeadChangeKind, leadId: string, changedFields: Array<string>, at: string, lead?: { __typename?: 'Lead', id: string, name: string, status: LeadStatus, score: number, temperature: LeadTemperature } | null } };

export type ProductFieldsFragment = { __typename?: 'Product', id: string, sku: string, name: string, description?: string | null, unit: string, taxRate: string, active: boolean, unitPrice: { __typename?: 'MoneyAmount', minor: any, currency: string, decimal: string } };

export type QuoteLineFieldsFragment = { __typename?: 'QuoteLine', id: string, key: string, position: number, sku?: string | null, description: string, quantity: string, unit: string, taxRate: string, needsReview: boolean, sourcePhrase?: string | null, confidence?: number | null, product?: { __typename?: 'Product', id: string, sku: string } | null, unitPrice?: { __typename?: 'MoneyAmount', minor: any } | null, discount?: { __typename?: 'Discount', kind: DiscountKind, percent?: string | null, amount?: { __typename?: 'MoneyAmount', minor: any } | null } | null, amount: { __typename?: 'MoneyAmount', minor: any }, lineDiscount: { __typename?: 'MoneyAmount', minor: any }, quoteDiscountShare: { __typename?: 'MoneyAmount', minor: any }, tax: { __typename?: 'MoneyAmount', minor: any }, total: { __typename?: 'MoneyAmount', minor: any } };

export type QuoteVersionFieldsFragment = { __typename?: 'QuoteVersion', id: string, number: number, sentAt?: string | null, discount?: { __typename?: 'Discount', kind: DiscountKind, percent?: string | null, amount?: { __typename?: 'MoneyAmount', minor: any } | null } | null, subtotal: { __typename?: 'MoneyAmount', minor: any }, discountTotal: { __typename?: 'MoneyAmount', minor: any }, tax: { __typename?: 'MoneyAmount', minor: any }, total: { __typename?: 'MoneyAmount', minor: any, currency: string, decimal: string }, taxes: Array<{ __typename?: 'QuoteTaxBreakdown', rate: string, taxable: { __typename?: 'MoneyAmount', minor: any }, tax: { __typename?: 'MoneyAmount', minor: any } }>, lines: Array<{ __typename?: 'QuoteLine', id: string, key: string, position: number, sku?: string | null, description: string, quantity: string, unit: string, taxRate: string, needsReview: boolean, sourcePhrase?: string | null, confidence?: number | null, product?: { __typename?: 'Product', id: string, sku: string } | null, unitPrice?: { __typename?: 'MoneyAmount', minor: any } | null, discount?: { __typename?: 'Discount', kind: DiscountKind, percent?: string | null, amount?: { __typename?: 'MoneyAmount', minor: any } | null } | null, amount: { __typename?: 'MoneyAmount', minor: any }, lineDiscount: { __typename?: 'MoneyAmount', minor: any }, quoteDiscountShare: { __typename?: 'MoneyAmount', minor: any }, tax: { __typename?: 'MoneyAmount', minor: any }, total: { __typename?: 'MoneyAmount', minor: any } }> };

export type QuoteFieldsFragment = { __typename?: 'Quote', id: string, title: string, request?: string | null, currency: string, status: QuoteStatus, currentVersionNumber: number, sentVersionNumber?: number | null, validUntil?: string | null, draftedBy?: string | null, draftError?: string | null, callId?: string | null, sentAt?: string | null, closedAt?: string | null, total: { __typename?: 'MoneyAmount', minor: any, currency: string, decimal: string }, lead: { __typename?: 'Lead', id: string, status: LeadStatus, score: number }, currentVersion: { __typename?: 'QuoteVersion', id: string, number: number, sentAt?: string | null, discount?: { __typename?: 'Discount', kind: DiscountKind, percent?: string | null, amount?: { __typename?: 'MoneyAmount', minor: any } | null } | null, subtotal: { __typename?: 'MoneyAmount', minor: any }, discountTotal: { __typename?: 'MoneyAmount', minor: any }, tax: { __typename?: 'MoneyAmount', minor: any }, total: { __typename?: 'MoneyAmount', minor: any, currency: string, decimal: string }, taxes: Array<{ __typename?: 'QuoteTaxBreakdown', rate: string, taxable: { __typename?: 'MoneyAmount', minor: any }, tax: { __typename?: 'MoneyAmount', minor: any } }>, lines: Array<{ __typename?: 'QuoteLine', id: string, key: string, position: number, sku?: string | null, description: string, quantity: string, unit: string, taxRate: string, needsReview: boolean, sourcePhrase?: string | null, confidence?: number | null, product?: { __typename?: 'Product', id: string, sku: string } | null, unitPrice?: { __typename?: 'MoneyAmount', minor: any } | null, discount?: { __typename?: 'Discount', kind: DiscountKind, percent?: string | null, amount?: { __typename?: 'MoneyAmount', minor: any } | null } | null, amount: { __typename?: 'MoneyAmount', minor: any }, lineDiscount: { __typename?: 'MoneyAmount', minor: any }, quoteDiscountShare: { __typename?: 'MoneyAmount', minor: any }, tax: { __typename?: 'MoneyAmount', minor: any }, total: { __typename?: 'MoneyAmount', minor: any } }> } };

export type CreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type CreateProductMutation = { __typename?: 'Mutation', createProduct: { __typename?: 'ProductPayload', product: { __typename?: 'Product', id: string, sku: string, name: string, description?: string | null, unit: string, taxRate: string, active: boolean, unitPrice: { __typename?: 'MoneyAmount', minor: any, currency: string, decimal: string } } } };

export type UpdateProductMutationVariables = Exact<{
  input: UpdateProductInput;
}>;


export type UpdateProductMutation = { __typename?: 'Mutation', updateProduct: { __typename?: 'ProductPayload', product: { __typename?: 'Product', id: string, sku: string, name: string, description?: string | null, unit: string, taxRate: string, active: boolean, unitPrice: { __typename?: 'MoneyAmount', minor: any, currency: string, decimal: string } } } };

export type DeleteProductMutationVariables = Exact<{
  input: DeleteProductInput;
}>;


export type DeleteProductMutation = { __typename?: 'Mutation', deleteProduct: { __typename?: 'DeleteProductPayload', deletedProductId: string } };

export type ProductQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProductQuery = { __typename?: 'Query', product?: { __typename?: 'Product', id: string, sku: string, name: string, description?: string | null, unit: string, taxRate: string, active: boolean, unitPrice: { __typename?: 'MoneyAmount', minor: any, currency: string, decimal: string } } | null };

export type ProductsQueryVariables = Exact<{
  filter?: InputMaybe<ProductFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProductsQuery = { __typename?: 'Query', products: { __typename?: 'ProductConnection', totalCount: number, edges: Array<{ __typename?: 'ProductEdge', cursor: string, node: { __typename?: 'Product', id: string, sku: string, name: string, description?: string | null, unit: string, taxRate: string, active: boolean, unitPrice: { __typename?: 'MoneyAmount', minor: any, currency: string, decimal: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type CreateQuoteMutationVariables = Exact<{
  input: CreateQuoteInput;
}>;


export type CreateQuoteMutation = { __typename?: 'Mutation', createQuote: { __typename?: 'QuotePayload', quote: { __typename?: 'Quote', id: string, title: string, request?: string | null, currency: string, status: QuoteStatus, currentVersionNumber: number, sentVersionNumber?: number | null, validUntil?: string | null, draftedBy?: string | null, draftError?: string | null, callId?: string | null, sentAt?: string | null, closedAt?: string | null, total: { __typename?: 'MoneyAmount', minor: any, currency: string, decimal: string }, lead: { __typename?: 'Lead', id: string, status: LeadStatus, score: number }, currentVersion: { __typename?: 'QuoteVersion', id: string, number: number, sentAt?: string | null, discount?: { __typename?: 'Discount', kind: DiscountKind, percent?: string | null, amount?: { __typename?: 'MoneyAmount', minor: any } | null } | null, subtotal: { __typename?: 'MoneyAmount', minor: any }, discountTotal: { __typename?: 'MoneyAmount', minor: any }, tax: { __typename?: 'MoneyAmount', minor: any }, total: { __typename?: 'MoneyAmount', minor: any, currency: string, decimal: string }, taxes: Array<{ __typename?: 'QuoteTaxBreakdown', rate: string, taxable: { __typename?: 'MoneyAmount', minor: any }, tax: { __typename?: 'MoneyAmount', minor: any } }>, lines: Array<{ __typename?: 'QuoteLine', id: string, key: string, position: number, sku?: string | null, description: string, quantity: string, unit: string, taxRate: string, needsReview: boolean, sourcePhrase?: string | null, confidence?: number | null, product?: { __typename?: 'Product', id: string, sku: string } | null, unitPrice?: { __typename?: 'MoneyAmount', minor: any } | null, discount?: { __typename?: 'Discount', kind: DiscountKind, percent?: string | null, amount?: { __typename?: 'MoneyAmount', minor: any } | null } | null, amount: { __typename?: 'MoneyAmount', minor: any }, lineDiscount: { __typename?: 'MoneyAmount', minor: any }, quoteDiscountShare: { __typename?: 'MoneyAmount', minor: any }, tax: { __typename?: 'MoneyAmount', minor: any }, total: { __typename?: 'MoneyAmount', minor: any } }> } } } };

export type UpdateQuoteMutationVariables = Exact<{
  input: UpdateQuoteInput;
}>;


export type UpdateQuoteMutation = { __typename?: 'Mutation', updateQuote: { __typename?: 'QuotePayload', quote: { __typename?: 'Quote', id: string, title: string, request?: string | null, currency: string, status: QuoteStatus, currentVersionNumber: number, sentVersionNumber?: number | null, validUntil?: string | null, draftedBy?: string | null, draftError?: string | null, callId?: string | null, sentAt?: string | null, closedAt?: string | null, total: { __typename?: 'MoneyAmount', minor: any, currency: string, decimal: string }, lead: { __typename?: 'Lead', id: string, status: LeadStatus, score: number }, currentVersion: { __typename?: 'QuoteVersion', id: string, number: number, sentAt?: string | null, discount?: { __typename?: 'Discount', kind: DiscountKind, percent?: string | null, amount?: { __typename?: 'MoneyAmount', minor: any } | null } | null, subtotal: { __typename?: 'MoneyAmount', minor: any }, discountTotal: { __typename?: 'MoneyAmount', minor: any }, tax: { __typename?: 'MoneyAmount', minor: any }, total: { __typename?: 'MoneyAmount', minor: any, currency: string, decimal: string }, taxes: Array<{ __typename?: 'QuoteTaxBreakdown', rate: string, taxable: { __typename?: 'MoneyAmount', minor: any }, tax: { __typename?: 'MoneyAmount', minor: any } }>, lines: Array<{ __typename?: 'QuoteLine', id: string, key: string, position: number, sku?: string | null, description: string, quantity: string, unit: string, taxRate: string, needsReview: boolean, sourcePhrase?: string | null, confidence?: number | null, product?: { __typename?: 'Product', id: string, sku: string } | null, unitPrice?: { __typename?: 'MoneyAmount', minor: any } | null, discount?: { __typename?: 'Discount', kind: DiscountKind, percent?: string | null, amount?: { __typename?: 'MoneyAmount', minor: any } | null } | null, amount: { __typename?: 'MoneyAmount', minor: any }, lineDiscount: { __typename?: 'MoneyAmount', minor: any }, quoteDiscountShare: { __typename?: 'MoneyAmount', minor: any }, tax: { __typename?: 'MoneyAmount', minor: any }, total: { __typename?: 'MoneyAmount', minor: any } }> } } } };

export type DraftQuoteMutationVariables = Exact<{
  input: DraftQuoteInput;
}>;


export type DraftQuoteMutation = { __typename?: 'Mutation', draftQuote: { __typename?: 'QuotePayload', quote: { __typename?: 'Quote', id: string, title: string, request?: string | null, currency: string, status: QuoteStatus, currentVersionNumber: number, sentVersionNumber?: number | null, validUntil?: string | null, draftedBy?: string | null, draftError?: string | null, callId?: string | null, sentAt?: string | null, closedAt?: string | null, total: { __typename?: 'MoneyAmount', minor: any, currency: string, decimal: string }, lead: { __typename?: 'Lead', id: string, status: LeadStatus, score: number }, currentVersion: { __typename?: 'QuoteVersion', id: string, number: number, sentAt?: string | null, discount?: { __typename?: 'Discount', kind: DiscountKind, percent?: string | null, amount?: { __typename?: 'MoneyAmount', minor: any } | null } | null, subtotal: { __typename?: 'MoneyAmount', minor: any }, discountTotal: { __typename?: 'MoneyAmount', minor: any }, tax: { __typename?: 'MoneyAmount', minor: any }, total: { __typename?: 'MoneyAmount', minor: any, currency: string, decimal: string }, taxes: Array<{ __typename?: 'QuoteTaxBreakdown', rate: string, taxable: { __typename?: 'MoneyAmount', minor: any }, tax: { __typename?: 'MoneyAmount', minor: any } }>, lines: Array<{ __typename?: 'QuoteLine', id: string, key: string, position: number, sku?: string | null, description: string, quantity: string, unit: string, taxRate: string, needsReview: boolean, sourcePhrase?: string | null, confidence?: number | null, product?: { __typename?: 'Product', id: string, sku: string } | null, unitPrice?: { __typename?: 'MoneyAmount', minor: any } | null, discount?: { __typename?: 'Discount', kind: DiscountKind, percent?: string | null, amount?: { __typename?: 'MoneyAmount', minor: any } | null } | null, amount: { __typename?: 'MoneyAmount', minor: any }, lineDiscount: { __typename?: 'MoneyAmount', minor: any }, quoteDiscountShare: { __typename?: 'MoneyAmount', minor: any }, tax: { __typename?: 'MoneyAmount', minor: any }, total: { __typename?: 'MoneyAmount', minor: any } }> } } } };

export type WithdrawQuoteMutationVariables = Exact<{
  input: WithdrawQuoteInput;
}>;


export type WithdrawQuoteMutation = { __typename?: 'Mutation', withdrawQuote: { __typename?: 'QuotePayload', quote: { __typename?: 'Quote', id: string, title: string, request?: string | null, currency: string, status: QuoteStatus, currentVersionNumber: number, sentVersionNumber?: number | null, validUntil?: string | null, draftedBy?: string | null, draftError?: string | null, callId?: string | null, sentAt?: string | null, closedAt?: string | null, total: { __typename?: 'MoneyAmount', minor: any, currency: string, decimal: string }, lead: { __typename?: 'Lead', id: string, status: LeadStatus, score: number }, currentVersion: { __typename?: 'QuoteVersion', id: string, number: number, sentAt?: string | null, discount?: { __typename?: 'Discount', kind: DiscountKind, percent?: string | null, amount?: { __typename?: 'MoneyAmount', minor: any } | null } | null, subtotal: { __typename?: 'MoneyAmount', minor: any }, discountTotal: { __typename?: 'MoneyAmount', minor: any }, tax: { __typename?: 'MoneyAmount', minor: any }, total: { __typename?: 'MoneyAmount', minor: any, currency: string, decimal: string }, taxes: Array<{ __typename?: 'QuoteTaxBreakdown', rate: string, taxable: { __typename?: 'MoneyAmount', minor: any }, tax: { __typename?: 'MoneyAmount', minor: any } }>, lines: Array<{ __typename?: 'QuoteLine', id: string, key: string, position: number, sku?: string | null, description: string, quantity: string, unit: string, taxRate: string, needsReview: boolean, sourcePhrase?: string | null, confidence?: number | null, product?: { __typename?: 'Product', id: string, sku: string } | null, unitPrice?: { __typename?: 'MoneyAmount', minor: any } | null, discount?: { __typename?: 'Discount', kind: DiscountKind, percent?: string | null, amount?: { __typename?: 'MoneyAmount', minor: any } | null } | null, amount: { __typename?: 'MoneyAmount', minor: any }, lineDiscount: { __typename?: 'MoneyAmount', minor: any }, quoteDiscountShare: { __typename?: 'MoneyAmount', minor: any }, tax: { __typename?: 'MoneyAmount', minor: any }, total: { __typename?: 'MoneyAmount', minor: any } }> } } } };

export type QuoteQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type QuoteQuery = { __typename?: 'Query', quote?: { __typename?: 'Quote', id: string, title: string, request?: string | null, currency: string, status: QuoteStatus, currentVersionNumber: number, sentVersionNumber?: number | null, validUntil?: string | null, draftedBy?: string | null, draftError?: string | null, callId?: string | null, sentAt?: string | null, closedAt?: string | null, versions: Array<{ __typename?: 'QuoteVersion', id: string, number: number, sentAt?: string | null, discount?: { __typename?: 'Discount', kind: DiscountKind, percent?: string | null, amount?: { __typename?: 'MoneyAmount', minor: any } | null } | null, subtotal: { __typename?: 'MoneyAmount', minor: any }, discountTotal: { __typename?: 'MoneyAmount', minor: any }, tax: { __typename?: 'MoneyAmount', minor: any }, total: { __typename?: 'MoneyAmount', minor: any, currency: string, decimal: string }, taxes: Array<{ __typename?: 'QuoteTaxBreakdown', rate: string, taxable: { __typename?: 'MoneyAmount', minor: any }, tax: { __typename?: 'MoneyAmount', minor: any } }>, lines: Array<{ __typename?: 'QuoteLine', id: string, key: string, position: number, sku?: string | null, description: string, quantity: string, unit: string, taxRate: string, needsReview: boolean, sourcePhrase?: string | null, confidence?: number | null, product?: { __typename?: 'Product', id: string, sku: string } | null, unitPrice?: { __typename?: 'MoneyAmount', minor: any } | null, discount?: { __typename?: 'Discount', kind: DiscountKind, percent?: string | null, amount?: { __typename?: 'MoneyAmount', minor: any } | null } | null, amount: { __typename?: 'MoneyAmount', minor: any }, lineDiscount: { __typename?: 'MoneyAmount', minor: any }, quoteDiscountShare: { __typename?: 'MoneyAmount', minor: any }, tax: { __typename?: 'MoneyAmount', minor: any }, total: { __typename?: 'MoneyAmount', minor: any } }> }>, total: { __typename?: 'MoneyAmount', minor: any, currency: string, decimal: string }, lead: { __typename?: 'Lead', id: string, status: LeadStatus, score: number }, currentVersion: { __typename?: 'QuoteVersion', id: string, number: number, sentAt?: string | null, discount?: { __typename?: 'Discount', kind: DiscountKind, percent?: string | null, amount?: { __typename?: 'MoneyAmount', minor: any } | null } | null, subtotal: { __typename?: 'MoneyAmount', minor: any }, discountTotal: { __typename?: 'MoneyAmount', minor: any }, tax: { __typename?: 'MoneyAmount', minor: any }, total: { __typename?: 'MoneyAmount', minor: any, currency: string, decimal: string }, taxes: Array<{ __typename?: 'QuoteTaxBreakdown', rate: string, taxable: { __typename?: 'MoneyAmount', minor: any }, tax: { __typename?: 'MoneyAmount', minor: any } }>, lines: Array<{ __typename?: 'QuoteLine', id: string, key: string, position: number, sku?: string | null, description: string, quantity: string, unit: string, taxRate: string, needsReview: boolean, sourcePhrase?: string | null, confidence?: number | null, product?: { __typename?: 'Product', id: string, sku: string } | null, unitPrice?: { __typename?: 'MoneyAmount', minor: any } | null, discount?: { __typename?: 'Discount', kind: DiscountKind, percent?: string | null, amount?: { __typename?: 'MoneyAmount', minor: any } | null } | null, amount: { __typename?: 'MoneyAmount', minor: any }, lineDiscount: { __typename?: 'MoneyAmount', minor: any }, quoteDiscountShare: { __typename?: 'MoneyAmount', minor: any }, tax: { __typename?: 'MoneyAmount', minor: any }, total: { __typename?: 'MoneyAmount', minor: any } }> } } | null };

export type QuotesQueryVariables = Exact<{
  filter?: InputMaybe<QuoteFilterInput>;
  orderBy?: InputMaybe<QuoteOrderByInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type QuotesQuery = { __typename?: 'Query', quotes: { __typename?: 'QuoteConnection', totalCount: number, edges: Array<{ __typename?: 'QuoteEdge', cursor: string, node: { __typename?: 'Quote', id: string, title: string, status: QuoteStatus, validUntil?: string | null, total: { __typename?: 'MoneyAmount', minor: any } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type LeadQuotesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LeadQuotesQuery = { __typename?: 'Query', lead?: { __typename?: 'Lead', id: string, quotes: Array<{ __typename?: 'Quote', id: string, title: string, status: QuoteStatus }> } | null };

export type QuoteVersionDiffQueryVariables = Exact<{
  quoteId: Scalars['ID']['input'];
  from: Scalars['Int']['input'];
  to: Scalars['Int']['input'];
}>;


export type QuoteVersionDiffQuery = { __typename?: 'Query', quoteVersionDiff?: { __typename?: 'QuoteVersionDiff', from: { __typename?: 'QuoteVersion', number: number }, to: { __typename?: 'QuoteVersion', number: number }, added: Array<{ __typename?: 'QuoteLine', key: string, description: string }>, removed: Array<{ __typename?: 'QuoteLine', key: string, description: string }>, changed: Array<{ __typename?: 'QuoteLineChange', key: string, fields: Array<string>, before: { __typename?: 'QuoteLine', quantity: string, total: { __typename?: 'MoneyAmount', minor: any } }, after: { __typename?: 'QuoteLine', quantity: string, total: { __typename?: 'MoneyAmount', minor: any } } }> } | null };

export type QuoteUpdatedSubscriptionVariables = Exact<{
  filter?: InputMaybe<QuoteUpdatedFilterInput>;
}>;


export type QuoteUpdatedSubscription = { __typename?: 'Subscription', quoteUpdated: { __typename?: 'QuoteUpdatedEvent', kind: QuoteChangeKind, quoteId: string, at: string, quote?: { __typename?: 'Quote', id: string, status: QuoteStatus, currentVersionNumber: number, currentVersion: { __typename?: 'QuoteVersion', lines: Array<{ __typename?: 'QuoteLine', description: string, quantity: string, sourcePhrase?: string | null, confidence?: number | null, needsReview: boolean, product?: { __typename?: 'Product', sku: string } | null }> } } | null } };

export const UsageBreakdownFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsageBreakdownFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsageBreakdown"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"costMicroDollars"}},{"kind":"Field","name":{"kind":"Name","value":"operations"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"audioSeconds"}}]}}]} as unknown as DocumentNode<UsageBreakdownFieldsFragment, unknown>;
export const AlertFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"dedupKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AlertFieldsFragment, unknown>;
export const CallFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"fromNumber"}},{"kind":"Field","name":{"kind":"Name","value":"toNumber"}},{"kind":"Field","name":{"kind":"Name","value":"twilioCallSid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"analysisStatus"}},{"kind":"Field","name":{"kind":"Name","value":"endedEarly"}},{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"seconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}}]}}]}}]} as unknown as DocumentNode<CallFieldsFragment, unknown>;
export const AnalysisFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalysisFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallAnalysis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"promptVersion"}},{"kind":"Field","name":{"kind":"Name","value":"degraded"}},{"kind":"Field","name":{"kind":"Name","value":"costMicroDollars"}},{"kind":"Field","name":{"kind":"Name","value":"segmentsAnalyzed"}},{"kind":"Field","name":{"kind":"Name","value":"sentiment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentimentBySpeaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"buyingSignals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"segmentSequence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"segmentSequence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentTalkRatio"}},{"kind":"Field","name":{"kind":"Name","value":"questionsByAgent"}},{"kind":"Field","name":{"kind":"Name","value":"questionsByCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"longestMonologueMs"}},{"kind":"Field","name":{"kind":"Name","value":"longestMonologueSpeaker"}}]}}]}}]} as unknown as DocumentNode<AnalysisFieldsFragment, unknown>;
export const LeadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LeadFieldsFragment, unknown>;
export const ProductFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<ProductFieldsFragment, unknown>;
export const QuoteLineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quoteDiscountShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsReview"}},{"kind":"Field","name":{"kind":"Name","value":"sourcePhrase"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}}]} as unknown as DocumentNode<QuoteLineFieldsFragment, unknown>;
export const QuoteVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"taxable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuoteLineFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quoteDiscountShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsReview"}},{"kind":"Field","name":{"kind":"Name","value":"sourcePhrase"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}}]} as unknown as DocumentNode<QuoteVersionFieldsFragment, unknown>;
export const QuoteFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sentVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftedBy"}},{"kind":"Field","name":{"kind":"Name","value":"draftError"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuoteVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quoteDiscountShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsReview"}},{"kind":"Field","name":{"kind":"Name","value":"sourcePhrase"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"taxable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuoteLineFields"}}]}}]}}]} as unknown as DocumentNode<QuoteFieldsFragment, unknown>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const OrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"hotThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"warmThreshold"}}]}}]}}]} as unknown as DocumentNode<OrganizationQuery, OrganizationQueryVariables>;
export const UpdateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"hotThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"warmThreshold"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const DeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ChangeUserRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeUserRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeUserRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeUserRoleMutation, ChangeUserRoleMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const InviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<InviteUserMutation, InviteUserMutationVariables>;
export const AcceptInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInviteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInviteMutation, AcceptInviteMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const AlertDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"sendAfter"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<AlertDeliveriesQuery, AlertDeliveriesQueryVariables>;
export const BudgetCallAnalysisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BudgetCallAnalysis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"analysisStatus"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"degraded"}},{"kind":"Field","name":{"kind":"Name","value":"costMicroDollars"}}]}}]}}]}}]} as unknown as DocumentNode<BudgetCallAnalysisQuery, BudgetCallAnalysisQueryVariables>;
export const AiUsageDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AiUsageDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aiUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsageBreakdownFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsageBreakdownFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsageBreakdownFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsageBreakdownFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costPerCall"}},{"kind":"Field","name":{"kind":"Name","value":"costPerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"costPerQuote"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetMicros"}},{"kind":"Field","name":{"kind":"Name","value":"spentMonthToDateMicros"}},{"kind":"Field","name":{"kind":"Name","value":"percentUsed"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsageBreakdownFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsageBreakdown"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"costMicroDollars"}},{"kind":"Field","name":{"kind":"Name","value":"operations"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"audioSeconds"}}]}}]} as unknown as DocumentNode<AiUsageDetailQuery, AiUsageDetailQueryVariables>;
export const AlertRaisedIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AlertRaisedIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRaisedFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertRaised"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"dedupKey"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AlertRaisedIdsSubscription, AlertRaisedIdsSubscriptionVariables>;
export const AlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Alerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"dedupKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AlertsQuery, AlertsQueryVariables>;
export const AlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Alert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"sendAfter"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"dedupKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AlertQuery, AlertQueryVariables>;
export const AlertCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"medium"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<AlertCountsQuery, AlertCountsQueryVariables>;
export const AcknowledgeAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"dedupKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AcknowledgeAlertMutation, AcknowledgeAlertMutationVariables>;
export const ResolveAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"dedupKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ResolveAlertMutation, ResolveAlertMutationVariables>;
export const SnoozeAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SnoozeAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SnoozeAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snoozeAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"dedupKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SnoozeAlertMutation, SnoozeAlertMutationVariables>;
export const AiUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AiUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aiUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"costMicroDollars"}},{"kind":"Field","name":{"kind":"Name","value":"operations"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"audioSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"costMicroDollars"}},{"kind":"Field","name":{"kind":"Name","value":"operations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"costMicroDollars"}},{"kind":"Field","name":{"kind":"Name","value":"operations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"costMicroDollars"}},{"kind":"Field","name":{"kind":"Name","value":"operations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costPerCall"}},{"kind":"Field","name":{"kind":"Name","value":"costPerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"costPerQuote"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetMicros"}},{"kind":"Field","name":{"kind":"Name","value":"spentMonthToDateMicros"}},{"kind":"Field","name":{"kind":"Name","value":"percentUsed"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}}]}}]}}]}}]} as unknown as DocumentNode<AiUsageQuery, AiUsageQueryVariables>;
export const SystemStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SystemStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systemStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"circuits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"configured"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastFailure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callsToday"}},{"kind":"Field","name":{"kind":"Name","value":"callSuccessRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageAnalysisLatencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"hotLeadsToday"}},{"kind":"Field","name":{"kind":"Name","value":"aiSpendMonthToDateMicros"}}]}}]}}]}}]} as unknown as DocumentNode<SystemStatusQuery, SystemStatusQueryVariables>;
export const OrganizationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"aiMonthlyBudgetMicros"}},{"kind":"Field","name":{"kind":"Name","value":"aiBudgetPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"alertSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalationMinutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"medium"}},{"kind":"Field","name":{"kind":"Name","value":"low"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"medium"}},{"kind":"Field","name":{"kind":"Name","value":"low"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slackWebhookConfigured"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationSettingsQuery, OrganizationSettingsQueryVariables>;
export const UpdateOrganizationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganizationSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"aiMonthlyBudgetMicros"}},{"kind":"Field","name":{"kind":"Name","value":"aiBudgetPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"alertSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalationMinutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"medium"}},{"kind":"Field","name":{"kind":"Name","value":"low"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quietHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slackWebhookConfigured"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateOrganizationSettingsMutation, UpdateOrganizationSettingsMutationVariables>;
export const AlertUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AlertUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertUpdatedFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}}]}}]}}]}}]} as unknown as DocumentNode<AlertUpdatedSubscription, AlertUpdatedSubscriptionVariables>;
export const HotLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"HotLeads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hotLeads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<HotLeadsSubscription, HotLeadsSubscriptionVariables>;
export const BudgetAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BudgetAlert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetAlert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"spentMicros"}},{"kind":"Field","name":{"kind":"Name","value":"budgetMicros"}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"dedupKey"}}]}}]}}]}}]} as unknown as DocumentNode<BudgetAlertSubscription, BudgetAlertSubscriptionVariables>;
export const CallTranscriptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallTranscript"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"analysisStatus"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"endedEarly"}},{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"startMs"}},{"kind":"Field","name":{"kind":"Name","value":"endMs"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"isFinal"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"analysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"degraded"}},{"kind":"Field","name":{"kind":"Name","value":"segmentsAnalyzed"}}]}}]}}]}}]} as unknown as DocumentNode<CallTranscriptQuery, CallTranscriptQueryVariables>;
export const CallsWithAnalysisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallsWithAnalysis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CallFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CallOrderByInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"analysisStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"analysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentiment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buyingSignals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CallsWithAnalysisQuery, CallsWithAnalysisQueryVariables>;
export const UpdatePhoneNumberDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePhoneNumberDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePhoneNumberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTo"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePhoneNumberDetailsMutation, UpdatePhoneNumberDetailsMutationVariables>;
export const CallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Call"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallFields"}},{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"isFinal"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"analysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalysisFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"fromNumber"}},{"kind":"Field","name":{"kind":"Name","value":"toNumber"}},{"kind":"Field","name":{"kind":"Name","value":"twilioCallSid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"analysisStatus"}},{"kind":"Field","name":{"kind":"Name","value":"endedEarly"}},{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"seconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalysisFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallAnalysis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"promptVersion"}},{"kind":"Field","name":{"kind":"Name","value":"degraded"}},{"kind":"Field","name":{"kind":"Name","value":"costMicroDollars"}},{"kind":"Field","name":{"kind":"Name","value":"segmentsAnalyzed"}},{"kind":"Field","name":{"kind":"Name","value":"sentiment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentimentBySpeaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"buyingSignals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"segmentSequence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"segmentSequence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentTalkRatio"}},{"kind":"Field","name":{"kind":"Name","value":"questionsByAgent"}},{"kind":"Field","name":{"kind":"Name","value":"questionsByCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"longestMonologueMs"}},{"kind":"Field","name":{"kind":"Name","value":"longestMonologueSpeaker"}}]}}]}}]} as unknown as DocumentNode<CallQuery, CallQueryVariables>;
export const CallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Calls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CallFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CallOrderByInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"fromNumber"}},{"kind":"Field","name":{"kind":"Name","value":"toNumber"}},{"kind":"Field","name":{"kind":"Name","value":"twilioCallSid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"analysisStatus"}},{"kind":"Field","name":{"kind":"Name","value":"endedEarly"}},{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"seconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}}]}}]}}]} as unknown as DocumentNode<CallsQuery, CallsQueryVariables>;
export const LeadCallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadCalls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"calls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<LeadCallsQuery, LeadCallsQueryVariables>;
export const AppointmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Appointments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointmentFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppointmentsQuery, AppointmentsQueryVariables>;
export const PhoneNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhoneNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTo"}}]}}]}}]} as unknown as DocumentNode<PhoneNumbersQuery, PhoneNumbersQueryVariables>;
export const CreatePhoneNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePhoneNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTo"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePhoneNumberMutation, CreatePhoneNumberMutationVariables>;
export const UpdatePhoneNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePhoneNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePhoneNumberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTo"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePhoneNumberMutation, UpdatePhoneNumberMutationVariables>;
export const DeletePhoneNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePhoneNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedPhoneNumberId"}}]}}]}}]} as unknown as DocumentNode<DeletePhoneNumberMutation, DeletePhoneNumberMutationVariables>;
export const RecordCallEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCallEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCallEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCallEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"fromNumber"}},{"kind":"Field","name":{"kind":"Name","value":"toNumber"}},{"kind":"Field","name":{"kind":"Name","value":"twilioCallSid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"analysisStatus"}},{"kind":"Field","name":{"kind":"Name","value":"endedEarly"}},{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"seconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}}]}}]}}]} as unknown as DocumentNode<RecordCallEventMutation, RecordCallEventMutationVariables>;
export const AppendTranscriptSegmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppendTranscriptSegments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppendTranscriptSegmentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appendTranscriptSegments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AppendTranscriptSegmentsMutation, AppendTranscriptSegmentsMutationVariables>;
export const StartCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartCallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"fromNumber"}},{"kind":"Field","name":{"kind":"Name","value":"toNumber"}},{"kind":"Field","name":{"kind":"Name","value":"twilioCallSid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"analysisStatus"}},{"kind":"Field","name":{"kind":"Name","value":"endedEarly"}},{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"seconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}}]}}]}}]} as unknown as DocumentNode<StartCallMutation, StartCallMutationVariables>;
export const AnalyzeCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnalyzeCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analyzeCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"analysisStatus"}}]}}]}}]}}]} as unknown as DocumentNode<AnalyzeCallMutation, AnalyzeCallMutationVariables>;
export const TranscribeCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TranscribeCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transcribeCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"analysisStatus"}}]}}]}}]}}]} as unknown as DocumentNode<TranscribeCallMutation, TranscribeCallMutationVariables>;
export const UpdateActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateActionItemMutation, UpdateActionItemMutationVariables>;
export const CompleteActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteActionItemMutation, CompleteActionItemMutationVariables>;
export const ConfirmAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmAppointmentMutation, ConfirmAppointmentMutationVariables>;
export const CancelAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CancelAppointmentMutation, CancelAppointmentMutationVariables>;
export const CallUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CallUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"analysisStatus"}}]}}]}}]}}]} as unknown as DocumentNode<CallUpdatedSubscription, CallUpdatedSubscriptionVariables>;
export const LiveCallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"twilioCallSid"}}]}}]}}]}}]} as unknown as DocumentNode<LiveCallsSubscription, LiveCallsSubscriptionVariables>;
export const LiveCallAnalysisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveCallAnalysis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveCallAnalysis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"segment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segmentSentiment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newBuyingSignals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newObjections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"analysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"segmentsAnalyzed"}},{"kind":"Field","name":{"kind":"Name","value":"sentiment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentTalkRatio"}},{"kind":"Field","name":{"kind":"Name","value":"questionsByCustomer"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiveCallAnalysisSubscription, LiveCallAnalysisSubscriptionVariables>;
export const AlertRaisedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AlertRaised"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRaisedFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertRaised"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AlertRaisedSubscription, AlertRaisedSubscriptionVariables>;
export const LeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Lead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadFields"}},{"kind":"Field","name":{"kind":"Name","value":"scoreHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"scoreAfter"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LeadQuery, LeadQueryVariables>;
export const LeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Leads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadOrderByInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LeadsQuery, LeadsQueryVariables>;
export const LeadsWithHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadsWithHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoreHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadsWithHistoryQuery, LeadsWithHistoryQueryVariables>;
export const CreateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateLeadMutation, CreateLeadMutationVariables>;
export const UpdateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateLeadMutation, UpdateLeadMutationVariables>;
export const DeleteLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedLeadId"}}]}}]}}]} as unknown as DocumentNode<DeleteLeadMutation, DeleteLeadMutationVariables>;
export const UpsertLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpsertLeadMutation, UpsertLeadMutationVariables>;
export const ImportLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportLeadsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportLeadsMutation, ImportLeadsMutationVariables>;
export const AdjustLeadScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustLeadScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustLeadScoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustLeadScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}},{"kind":"Field","name":{"kind":"Name","value":"scoreHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"scoreAfter"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdjustLeadScoreMutation, AdjustLeadScoreMutationVariables>;
export const LeadChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LeadChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadChangedFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}}]}}]}}]}}]} as unknown as DocumentNode<LeadChangedSubscription, LeadChangedSubscriptionVariables>;
export const CreateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<CreateProductMutation, CreateProductMutationVariables>;
export const UpdateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<UpdateProductMutation, UpdateProductMutationVariables>;
export const DeleteProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedProductId"}}]}}]}}]} as unknown as DocumentNode<DeleteProductMutation, DeleteProductMutationVariables>;
export const ProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Product"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<ProductQuery, ProductQueryVariables>;
export const ProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Products"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<ProductsQuery, ProductsQueryVariables>;
export const CreateQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateQuoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuoteFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quoteDiscountShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsReview"}},{"kind":"Field","name":{"kind":"Name","value":"sourcePhrase"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"taxable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuoteLineFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sentVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftedBy"}},{"kind":"Field","name":{"kind":"Name","value":"draftError"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuoteVersionFields"}}]}}]}}]} as unknown as DocumentNode<CreateQuoteMutation, CreateQuoteMutationVariables>;
export const UpdateQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateQuoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuoteFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quoteDiscountShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsReview"}},{"kind":"Field","name":{"kind":"Name","value":"sourcePhrase"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"taxable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuoteLineFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sentVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftedBy"}},{"kind":"Field","name":{"kind":"Name","value":"draftError"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuoteVersionFields"}}]}}]}}]} as unknown as DocumentNode<UpdateQuoteMutation, UpdateQuoteMutationVariables>;
export const DraftQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftQuoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuoteFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quoteDiscountShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsReview"}},{"kind":"Field","name":{"kind":"Name","value":"sourcePhrase"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"taxable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuoteLineFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sentVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftedBy"}},{"kind":"Field","name":{"kind":"Name","value":"draftError"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuoteVersionFields"}}]}}]}}]} as unknown as DocumentNode<DraftQuoteMutation, DraftQuoteMutationVariables>;
export const WithdrawQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawQuoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuoteFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quoteDiscountShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsReview"}},{"kind":"Field","name":{"kind":"Name","value":"sourcePhrase"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"taxable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuoteLineFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sentVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftedBy"}},{"kind":"Field","name":{"kind":"Name","value":"draftError"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuoteVersionFields"}}]}}]}}]} as unknown as DocumentNode<WithdrawQuoteMutation, WithdrawQuoteMutationVariables>;
export const QuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Quote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuoteFields"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuoteVersionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quoteDiscountShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsReview"}},{"kind":"Field","name":{"kind":"Name","value":"sourcePhrase"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"taxable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuoteLineFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sentVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"decimal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftedBy"}},{"kind":"Field","name":{"kind":"Name","value":"draftError"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuoteVersionFields"}}]}}]}}]} as unknown as DocumentNode<QuoteQuery, QuoteQueryVariables>;
export const QuotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Quotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteOrderByInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<QuotesQuery, QuotesQueryVariables>;
export const LeadQuotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadQuotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<LeadQuotesQuery, LeadQuotesQueryVariables>;
export const QuoteVersionDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuoteVersionDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quoteVersionDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quoteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quoteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<QuoteVersionDiffQuery, QuoteVersionDiffQueryVariables>;
export const QuoteUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"QuoteUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteUpdatedFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quoteUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quoteId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"sourcePhrase"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"needsReview"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<QuoteUpdatedSubscription, QuoteUpdatedSubscriptionVariables>;