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

/** The alert someone is now handling */
export type AcknowledgeAlertInput = {
  /** The alert's id (an unknown id or another organization's answers NOT_FOUND) */
  id: Scalars['ID']['input'];
};

/** A promise made on a call, found by the analysis. Read with calls:read; changed with calls:write. */
export type ActionItem = Node & {
  __typename?: 'ActionItem';
  /** The call it was promised on. */
  call: Call;
  /** When it was marked DONE. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was found. */
  createdAt: Scalars['DateTime']['output'];
  /** What to do. */
  description: Scalars['String']['output'];
  /** Resolved against the call time in the organization time zone */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** The action item id (a UUID). */
  id: Scalars['ID']['output'];
  /** The lead it concerns; null when the call had none. */
  lead?: Maybe<Lead>;
  /** Who promised it */
  owner: Speaker;
  /** OPEN, DONE or CANCELED. */
  status: ActionItemStatus;
};

/** The result of an action item mutation. */
export type ActionItemPayload = {
  __typename?: 'ActionItemPayload';
  /** The action item as stored after the mutation. */
  actionItem: ActionItem;
};

/** Progress of a promise made on a call. */
export type ActionItemStatus =
  /** No longer needed. */
  | 'CANCELED'
  /** Done (completeActionItem). */
  | 'DONE'
  /** Still to do. */
  | 'OPEN';

/** A manual score change (adjustLeadScore, leads:write), recorded as a ScoreEvent. */
export type AdjustLeadScoreInput = {
  /** Points to add (negative to subtract), -100..100 */
  delta: Scalars['Int']['input'];
  /** Optional, 1–255 characters (a UUID is a good choice), kept 24 hours per caller (user or API key) and organization. Retrying with the same key and the same input returns the first answer without doing it again (its objects as they are now); the same key with a different input is CONFLICT on input.idempotencyKey, and so is a retry while the first request is still running. A request that fails keeps nothing: retry it with the same key. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The lead; NOT_FOUND for an unknown id or another organization's. */
  leadId: Scalars['ID']['input'];
  /** Shown in the score history, 1–200 characters. */
  reason: Scalars['String']['input'];
};

/** What happens when the monthly AI budget is used up */
export type AiBudgetPolicy =
  /** Keep using the provider; the budget alerts still fire. */
  | 'ALLOW'
  /** Refuse AI work with BUDGET_EXCEEDED until next month or a higher budget. */
  | 'BLOCK'
  /** Keep working with the local analyzer (analyses say degraded: true). */
  | 'DEGRADE';

/** AI spend and usage over a period (aiUsage, usage:read). */
export type AiUsageReport = {
  __typename?: 'AiUsageReport';
  /** The monthly budget now (independent of the period). */
  budget: BudgetStatus;
  /** Per UTC day, oldest first. */
  byDay: Array<UsageBreakdown>;
  /** Per provider:model, costliest first. */
  byModel: Array<UsageBreakdown>;
  /** Per operation (analysis, transcription …), costliest first. */
  byOperation: Array<UsageBreakdown>;
  /** Average AI cost (micro-dollars) per call analyzed */
  costPerCall?: Maybe<Scalars['Float']['output']>;
  /** Average AI cost per email (null until emails use AI) */
  costPerEmail?: Maybe<Scalars['Float']['output']>;
  /** Average AI cost per quote (null until quotes use AI) */
  costPerQuote?: Maybe<Scalars['Float']['output']>;
  /** Start of the period, included. */
  from: Scalars['DateTime']['output'];
  /** End of the period, excluded. */
  to: Scalars['DateTime']['output'];
  /** Everything in the period. */
  total: UsageBreakdown;
};

/** Something that needs a human now. Read with alerts:read; acknowledged, resolved or snoozed with alerts:write. */
export type Alert = Node & {
  __typename?: 'Alert';
  /** When someone acknowledged it. */
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * User id
   * @deprecated Use acknowledgedByUser, the User itself.
   */
  acknowledgedBy?: Maybe<Scalars['String']['output']>;
  /** Who acknowledged it; null while nobody has, when an API key did, or when that user is gone. */
  acknowledgedByUser?: Maybe<User>;
  /** Details, plain text. */
  body?: Maybe<Scalars['String']['output']>;
  /** Occurrences counted on this alert, 1 or more. */
  count: Scalars['Int']['output'];
  /** When it was first raised. */
  createdAt: Scalars['DateTime']['output'];
  /** Occurrences with the same key while unresolved are counted on one alert */
  dedupKey: Scalars['String']['output'];
  /** Who was notified, how, and with what result; oldest first, first clamped to 0–100 */
  deliveries: Array<NotificationDelivery>;
  /** When it last escalated (or was raised) */
  escalatedAt: Scalars['DateTime']['output'];
  /** 1 owner of the lead, 2 admins, 3 owners */
  escalationLevel: Scalars['Int']['output'];
  /** The alert id (a UUID). */
  id: Scalars['ID']['output'];
  /** When it last occurred. */
  lastSeenAt: Scalars['DateTime']['output'];
  /** When it was resolved. */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * User id
   * @deprecated Use resolvedByUser, the User itself.
   */
  resolvedBy?: Maybe<Scalars['String']['output']>;
  /** Who resolved it; null while unresolved, when an API key or the system did, or when that user is gone. */
  resolvedByUser?: Maybe<User>;
  /** How urgent; decides channels and escalation delay. */
  severity: AlertSeverity;
  /** Quiet (no escalation, no notifications) until then */
  snoozedUntil?: Maybe<Scalars['DateTime']['output']>;
  /** OPEN, ACKNOWLEDGED or RESOLVED. */
  status: AlertStatus;
  /** Id of the object it is about (of type subjectType); node(id:) fetches it. */
  subjectId?: Maybe<Scalars['ID']['output']>;
  /** Entity type it is about (Lead, Call …) */
  subjectType?: Maybe<Scalars['String']['output']>;
  /** One line for a notification or a list. */
  title: Scalars['String']['output'];
  /** What it is about. */
  type: AlertType;
};


/** Something that needs a human now. Read with alerts:read; acknowledged, resolved or snoozed with alerts:write. */
export type AlertDeliveriesArgs = {
  first?: Scalars['Int']['input'];
};

/** A page of Alert items (Relay cursor connection); ask for more with `first` and `after`. */
export type AlertConnection = {
  __typename?: 'AlertConnection';
  /** The items of this page, in the list's order; at most `first` (default 20, at most MAX_PAGE_SIZE). */
  edges: Array<AlertEdge>;
  /** Whether more pages exist, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** All matching items, not just this page (counted on request only). */
  totalCount: Scalars['Int']['output'];
};

/** Numbers of alerts by severity (alertCounts). */
export type AlertCounts = {
  __typename?: 'AlertCounts';
  /** CRITICAL alerts. */
  critical: Scalars['Int']['output'];
  /** HIGH alerts. */
  high: Scalars['Int']['output'];
  /** LOW alerts. */
  low: Scalars['Int']['output'];
  /** MEDIUM alerts. */
  medium: Scalars['Int']['output'];
  /** All of them. */
  total: Scalars['Int']['output'];
};

/** One Alert in a AlertConnection, with its cursor. */
export type AlertEdge = {
  __typename?: 'AlertEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. Valid as long as the list's order is unchanged. */
  cursor: Scalars['String']['output'];
  /** The Alert. */
  node: Alert;
};

/** Which alerts to list; all given conditions must hold. */
export type AlertFilterInput = {
  /** Raised at or after this instant. */
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Raised before this instant. */
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Alerts of any of these severities. */
  severity?: InputMaybe<Array<AlertSeverity>>;
  /** Alerts in any of these statuses. */
  status?: InputMaybe<Array<AlertStatus>>;
  /** Alerts about this object. */
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  /** Entity type it is about, e.g. Lead */
  subjectType?: InputMaybe<Scalars['String']['input']>;
  /** Alerts of any of these types. */
  type?: InputMaybe<Array<AlertType>>;
};

/** The result of an alert mutation. */
export type AlertPayload = {
  __typename?: 'AlertPayload';
  /** The alert as stored after the mutation. */
  alert: Alert;
};

/** An alert was raised, or counted again (alertRaised subscription). */
export type AlertRaisedEvent = {
  __typename?: 'AlertRaisedEvent';
  /** The alert as it is now. */
  alert: Alert;
  /** False when an open alert with the same key was counted again */
  created: Scalars['Boolean']['output'];
};

/** Which raised alerts to receive; all given conditions must hold. */
export type AlertRaisedFilterInput = {
  /** Only alerts of these severities. */
  severity?: InputMaybe<Array<AlertSeverity>>;
  /** Only alerts of these types. */
  type?: InputMaybe<Array<AlertType>>;
};

/** How alerts escalate and notify in this organization. */
export type AlertSettings = {
  __typename?: 'AlertSettings';
  /** Minutes before an unacknowledged alert escalates; null: never */
  escalationMinutes: SeverityMinutes;
  /** Non-critical notifications wait until the end of this window */
  quietHours?: Maybe<QuietHours>;
  /** Channels notified per severity */
  routing: SeverityChannels;
  /** A Slack incoming webhook is set (the URL itself is never shown) */
  slackWebhookConfigured: Scalars['Boolean']['output'];
};

/** Omitted fields stay as they are; null clears (quietHours, slackWebhookUrl) */
export type AlertSettingsInput = {
  /** Minutes before an unacknowledged alert escalates, per severity. */
  escalationMinutes?: InputMaybe<SeverityMinutesInput>;
  /** Non-critical notifications wait until its end; null clears. */
  quietHours?: InputMaybe<QuietHoursInput>;
  /** Channels notified per severity. */
  routing?: InputMaybe<SeverityChannelsInput>;
  /** A Slack incoming webhook URL (write-only: never shown again); null clears. */
  slackWebhookUrl?: InputMaybe<Scalars['URL']['input']>;
};

/** How urgent an alert is; decides channels (AlertSettings.routing) and escalation delay. */
export type AlertSeverity =
  /** Now: notified even in quiet hours (default channels SMS, email and Slack; escalates after 5 minutes). */
  | 'CRITICAL'
  /** Soon. */
  | 'HIGH'
  /** For information. */
  | 'LOW'
  /** Today. */
  | 'MEDIUM';

/** Where an alert is in its life. */
export type AlertStatus =
  /** Someone is on it; escalation stopped. */
  | 'ACKNOWLEDGED'
  /** Nobody has taken it; it escalates on schedule. */
  | 'OPEN'
  /** Done; a new occurrence of its key opens a new alert. */
  | 'RESOLVED';

/** What an alert is about. */
export type AlertType =
  /** Month-to-date AI spend crossed 80, 90 or 100 % of the budget. */
  | 'BUDGET_THRESHOLD'
  /** A call could not be placed or connected. */
  | 'CALL_FAILED'
  /** A dependency (OpenAI, Twilio, SMTP, Slack) keeps failing; its circuit breaker opened. */
  | 'CIRCUIT_OPEN'
  /** A lead reached the hot threshold. */
  | 'HOT_LEAD'
  /** A call ended with negative customer sentiment. */
  | 'NEGATIVE_CALL'
  /** A customer accepted a quote on its public page (raised for the lead's owner). */
  | 'QUOTE_ACCEPTED'
  /** A response deadline is close. */
  | 'SLA_AT_RISK'
  /** A response deadline passed. */
  | 'SLA_BREACHED';

/** An alert changed (alertUpdated subscription). */
export type AlertUpdatedEvent = {
  __typename?: 'AlertUpdatedEvent';
  /** The alert as it is now. */
  alert: Alert;
  /** When it changed. */
  at: Scalars['DateTime']['output'];
  /** ACKNOWLEDGED, RESOLVED, SNOOZED or ESCALATED */
  change: Scalars['String']['output'];
};

/** Which alert changes to receive; all given conditions must hold. */
export type AlertUpdatedFilterInput = {
  /** Only alerts of these severities. */
  severity?: InputMaybe<Array<AlertSeverity>>;
  /** Only alerts of these types. */
  type?: InputMaybe<Array<AlertType>>;
};

/** LIVE while the call runs; FINAL once it ended */
export type AnalysisKind =
  /** The post-call analysis over the whole transcript. */
  | 'FINAL'
  /** Running analysis, updated with each final segment while the call is on. */
  | 'LIVE';

/** Progress of a call's final analysis (analyzeCall, transcribeCall). */
export type AnalysisStatus =
  /** Call.analysis holds the final analysis. */
  | 'DONE'
  /** Gave up after retries; analyzeCall may be tried again. */
  | 'FAILED'
  /** Not requested yet (the call runs or has no transcript). */
  | 'NONE'
  /** Queued as a background job. */
  | 'PENDING'
  /** Being analyzed now. */
  | 'RUNNING';

/** The call whose final analysis runs again */
export type AnalyzeCallInput = {
  /** The call's id (an unknown id or another organization's answers NOT_FOUND) */
  id: Scalars['ID']['input'];
};

/** A partner credential. The key itself is shown once, on creation. Needs apikeys:manage (owners, admins). */
export type ApiKey = Node & {
  __typename?: 'ApiKey';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The key record id (a UUID), not the secret. */
  id: Scalars['ID']['output'];
  /** When it last authenticated a request (updated at most once a minute); null: never. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** A name for people. */
  name: Scalars['String']['output'];
  /** The visible start of the key, e.g. sk_live_1a2b3c4d */
  prefix: Scalars['String']['output'];
  /** When it was revoked; a revoked key answers UNAUTHENTICATED. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The permissions the key carries, e.g. leads:read (see CreateApiKeyInput.scopes for the list). */
  scopes: Array<Scalars['String']['output']>;
};

/** A page of ApiKey items (Relay cursor connection); ask for more with `first` and `after`. */
export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  /** The items of this page, in the list's order; at most `first` (default 20, at most MAX_PAGE_SIZE). */
  edges: Array<ApiKeyEdge>;
  /** Whether more pages exist, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** All matching items, not just this page (counted on request only). */
  totalCount: Scalars['Int']['output'];
};

/** One ApiKey in a ApiKeyConnection, with its cursor. */
export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. Valid as long as the list's order is unchanged. */
  cursor: Scalars['String']['output'];
  /** The ApiKey. */
  node: ApiKey;
};

/** The result of an API key mutation. */
export type ApiKeyPayload = {
  __typename?: 'ApiKeyPayload';
  /** The key as stored after the mutation. */
  apiKey: ApiKey;
};

/** Transcript segments for one call (appendTranscriptSegments, bridge scope); final segments update the live analysis. */
export type AppendTranscriptSegmentsInput = {
  /** The call, by id … */
  callId?: InputMaybe<Scalars['ID']['input']>;
  /** … or by its provider call id */
  callSid?: InputMaybe<Scalars['String']['input']>;
  /** Up to 500; any order; replays are ignored */
  segments: Array<TranscriptSegmentInput>;
};

/** The result of appendTranscriptSegments. */
export type AppendTranscriptSegmentsPayload = {
  __typename?: 'AppendTranscriptSegmentsPayload';
  /** The call the segments belong to. */
  call: Call;
  /** Segments that became final with this batch (partials and replays count 0) */
  inserted: Scalars['Int']['output'];
};

/** A meeting agreed with a lead, usually proposed by a call analysis. Read with calls:read; confirmed or canceled with calls:write. */
export type Appointment = Node & {
  __typename?: 'Appointment';
  /** The call it was agreed on; null when entered otherwise. */
  call?: Maybe<Call>;
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Planned length in minutes. */
  durationMinutes: Scalars['Int']['output'];
  /** The appointment id (a UUID). */
  id: Scalars['ID']['output'];
  /** Who it is with; null when the lead was deleted. */
  lead?: Maybe<Lead>;
  /** Where, as said on the call; null when not said. */
  location?: Maybe<Scalars['String']['output']>;
  /** What it is for. */
  purpose: AppointmentPurpose;
  /** The words it was agreed in */
  quote?: Maybe<Scalars['String']['output']>;
  /** When it starts. */
  startsAt: Scalars['DateTime']['output'];
  /** PROPOSED until a person confirms or cancels it. */
  status: AppointmentStatus;
};

/** A page of Appointment items (Relay cursor connection); ask for more with `first` and `after`. */
export type AppointmentConnection = {
  __typename?: 'AppointmentConnection';
  /** The items of this page, in the list's order; at most `first` (default 20, at most MAX_PAGE_SIZE). */
  edges: Array<AppointmentEdge>;
  /** Whether more pages exist, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** All matching items, not just this page (counted on request only). */
  totalCount: Scalars['Int']['output'];
};

/** One Appointment in a AppointmentConnection, with its cursor. */
export type AppointmentEdge = {
  __typename?: 'AppointmentEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. Valid as long as the list's order is unchanged. */
  cursor: Scalars['String']['output'];
  /** The Appointment. */
  node: Appointment;
};

/** Which appointments to list; all given conditions must hold. */
export type AppointmentFilterInput = {
  /** Appointments with this lead. */
  leadId?: InputMaybe<Scalars['ID']['input']>;
  /** Starting at or after this instant. */
  startsAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Starting before this instant. */
  startsBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Appointments in any of these statuses. */
  status?: InputMaybe<Array<AppointmentStatus>>;
};

/** The result of an appointment mutation. */
export type AppointmentPayload = {
  __typename?: 'AppointmentPayload';
  /** The appointment as stored after the mutation. */
  appointment: Appointment;
};

/** What an appointment is for. */
export type AppointmentPurpose =
  /** An advice meeting. */
  | 'CONSULTATION'
  /** A follow-up conversation. */
  | 'FOLLOW_UP'
  /** A site visit or inspection. */
  | 'INSPECTION'
  /** Anything else. */
  | 'OTHER'
  /** Service or repair work. */
  | 'SERVICE';

/** Progress of an appointment. */
export type AppointmentStatus =
  /** Canceled (cancelAppointment). */
  | 'CANCELED'
  /** Confirmed by a person (confirmAppointment). */
  | 'CONFIRMED'
  /** Took place. */
  | 'DONE'
  /** Agreed on a call, found by the analysis; a person should confirm it. */
  | 'PROPOSED';

/** Who made an audited change. */
export type AuditActorType =
  /** A partner API key; actorId is the ApiKey id. */
  | 'API_KEY'
  /** Switchboard itself (jobs, webhooks, escalation); actorId is null. */
  | 'SYSTEM'
  /** A signed-in person; actorId is their User id. */
  | 'USER';

/** One recorded change to the organization's data, with its before and after. Needs audit:read (owners, admins). */
export type AuditEvent = Node & {
  __typename?: 'AuditEvent';
  /** e.g. lead.update */
  action: Scalars['String']['output'];
  /** The User or ApiKey that made the change (see actorType); null for SYSTEM. node(id:) fetches it. */
  actorId?: Maybe<Scalars['ID']['output']>;
  /** USER, API_KEY or SYSTEM */
  actorType: AuditActorType;
  /** The changed fields after (null on deletion). */
  after?: Maybe<Scalars['JSONObject']['output']>;
  /** The changed fields before (null on creation); secrets are never recorded. */
  before?: Maybe<Scalars['JSONObject']['output']>;
  /** When the change was committed. */
  createdAt: Scalars['DateTime']['output'];
  /** The id of what changed; node(id:) fetches it while it exists. */
  entityId?: Maybe<Scalars['ID']['output']>;
  /** The type of what changed, e.g. Lead. */
  entityType: Scalars['String']['output'];
  /** The audit event id (a UUID). */
  id: Scalars['ID']['output'];
  /** The request that made the change, as in error extensions.requestId and the logs. */
  requestId?: Maybe<Scalars['String']['output']>;
};

/** A page of AuditEvent items (Relay cursor connection); ask for more with `first` and `after`. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** The items of this page, in the list's order; at most `first` (default 20, at most MAX_PAGE_SIZE). */
  edges: Array<AuditEventEdge>;
  /** Whether more pages exist, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** All matching items, not just this page (counted on request only). */
  totalCount: Scalars['Int']['output'];
};

/** One AuditEvent in a AuditEventConnection, with its cursor. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. Valid as long as the list's order is unchanged. */
  cursor: Scalars['String']['output'];
  /** The AuditEvent. */
  node: AuditEvent;
};

/** Which audit events to list; all given conditions must hold. */
export type AuditEventFilterInput = {
  /** e.g. lead.update */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Changes made by this User or ApiKey. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Recorded at or after this instant. */
  after?: InputMaybe<Scalars['DateTime']['input']>;
  /** Recorded before this instant. */
  before?: InputMaybe<Scalars['DateTime']['input']>;
  /** Changes to this object. */
  entityId?: InputMaybe<Scalars['ID']['input']>;
  /** e.g. Lead */
  entityType?: InputMaybe<Scalars['String']['input']>;
};

/** Month-to-date AI spend crossed a threshold of the budget (budgetAlert subscription). */
export type BudgetAlertEvent = {
  __typename?: 'BudgetAlertEvent';
  /** The BUDGET_THRESHOLD alert. */
  alert: Alert;
  /** When it crossed. */
  at: Scalars['DateTime']['output'];
  /** The monthly budget, micro-dollars. */
  budgetMicros: Scalars['Float']['output'];
  /** YYYY-MM */
  period: Scalars['String']['output'];
  /** Spent this month, micro-dollars. */
  spentMicros: Scalars['Float']['output'];
  /** 80, 90 or 100 */
  threshold: Scalars['Int']['output'];
};

/** The monthly AI budget and what is spent of it. */
export type BudgetStatus = {
  __typename?: 'BudgetStatus';
  /** Monthly budget in micro-dollars; null: none */
  budgetMicros?: Maybe<Scalars['Float']['output']>;
  /** spentMonthToDateMicros as a percentage of budgetMicros (may pass 100); null without a budget. */
  percentUsed?: Maybe<Scalars['Float']['output']>;
  /** What happens at 100 %: DEGRADE, BLOCK or ALLOW */
  policy: AiBudgetPolicy;
  /** Spent this calendar month (UTC), micro-dollars. */
  spentMonthToDateMicros: Scalars['Float']['output'];
};

/** My organization's numbers today (its time zone). */
export type BusinessMetrics = {
  __typename?: 'BusinessMetrics';
  /** AI spend this month, micro-dollars. */
  aiSpendMonthToDateMicros: Scalars['Float']['output'];
  /** From a call's end to its final analysis, ms */
  averageAnalysisLatencyMs?: Maybe<Scalars['Float']['output']>;
  /** Completed ÷ ended calls today */
  callSuccessRate?: Maybe<Scalars['Float']['output']>;
  /** Calls created today. */
  callsToday: Scalars['Int']['output'];
  /** Leads that became HOT today. */
  hotLeadsToday: Scalars['Int']['output'];
};

/** A sign of interest found in a call; moves the lead score. */
export type BuyingSignal = {
  __typename?: 'BuyingSignal';
  /** What kind of signal. */
  kind: BuyingSignalKind;
  /** The words that show it */
  quote: Scalars['String']['output'];
  /** TranscriptSegment.sequence it was found in. */
  segmentSequence: Scalars['Int']['output'];
};

/** What kind of interest the customer showed; each signal moves the lead score. */
export type BuyingSignalKind =
  /** Named a budget. */
  | 'BUDGET_MENTIONED'
  /** Is or named who decides. */
  | 'DECISION_MAKER'
  /** Asked for a next step (a visit, a quote, a call back). */
  | 'NEXT_STEP_REQUESTED'
  /** Asked what it costs. */
  | 'PRICING_INQUIRY'
  /** Said they want to buy. */
  | 'PURCHASE_INTENT'
  /** Named when they want it. */
  | 'TIMELINE'
  /** Needs it soon. */
  | 'URGENCY';

/** A phone call with a lead, inbound or outbound, with its transcript and AI analysis. Needs calls:read. */
export type Call = Node & {
  __typename?: 'Call';
  /** Oldest first; first is clamped to 0–50 */
  actionItems: Array<ActionItem>;
  /** Live while the call runs, final after */
  analysis?: Maybe<CallAnalysis>;
  /** Progress of the final analysis. */
  analysisStatus: AnalysisStatus;
  /** When it was answered; null if never. */
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Oldest first; first is clamped to 0–20 */
  appointments: Array<Appointment>;
  /** When the call record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who placed it. */
  direction: CallDirection;
  /** Talk time in seconds, once ended. */
  durationSeconds?: Maybe<Scalars['Int']['output']>;
  /** When it ended; null while it runs. */
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The call was cut off mid-sentence; the partial transcript is kept */
  endedEarly: Scalars['Boolean']['output'];
  /** Calling number, E.164 as the provider reported it. */
  fromNumber: Scalars['String']['output'];
  /** The call id (a UUID). */
  id: Scalars['ID']['output'];
  /** The lead on the other end; null when unknown or deleted. */
  lead?: Maybe<Lead>;
  /** The recording, once the provider has one. */
  recording?: Maybe<Recording>;
  /** When it started ringing or was placed. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the call is; only moves forward. */
  status: CallStatus;
  /** Called number, E.164 as the provider reported it. */
  toNumber: Scalars['String']['output'];
  /** What was said; null until a segment arrives. */
  transcript?: Maybe<Transcript>;
  /** The telephony provider's call id (Twilio CallSid, or a bridge's own id). */
  twilioCallSid: Scalars['String']['output'];
};


/** A phone call with a lead, inbound or outbound, with its transcript and AI analysis. Needs calls:read. */
export type CallActionItemsArgs = {
  first?: Scalars['Int']['input'];
};


/** A phone call with a lead, inbound or outbound, with its transcript and AI analysis. Needs calls:read. */
export type CallAppointmentsArgs = {
  first?: Scalars['Int']['input'];
};

/** The AI analysis of a call: live while it runs, final after. Needs calls:read. */
export type CallAnalysis = Node & {
  __typename?: 'CallAnalysis';
  /** Signs of interest, in transcript order (at most 50). */
  buyingSignals: Array<BuyingSignal>;
  /** AI cost in micro-dollars */
  costMicroDollars: Scalars['Float']['output'];
  /** The configured provider failed or was over budget; the local analyzer stood in */
  degraded: Scalars['Boolean']['output'];
  /** The analysis id (a UUID). */
  id: Scalars['ID']['output'];
  /** LIVE or FINAL. */
  kind: AnalysisKind;
  /** Talk ratio, questions and monologues. */
  metrics: ConversationMetrics;
  /** The model that produced it, e.g. a provider model name or the local analyzer version. */
  model: Scalars['String']['output'];
  /** Objections raised, in transcript order (at most 50). */
  objections: Array<Objection>;
  /** Version of the prompt and output contract used. */
  promptVersion: Scalars['String']['output'];
  /** local or openai */
  provider: Scalars['String']['output'];
  /** Final segments this analysis has read. */
  segmentsAnalyzed: Scalars['Int']['output'];
  /** Overall tone of the call. */
  sentiment: Sentiment;
  /** Tone of each side. */
  sentimentBySpeaker: SentimentBySpeaker;
  /** A few sentences on what the call was about and what was agreed. */
  summary: Scalars['String']['output'];
  /** IANA time zone (e.g. "America/Chicago") the analysis resolved relative dates and times in: the organization's zone when the call was first analyzed. Re-analyses keep it, so changing the organization's zone does not move the appointments and due dates of earlier calls. Null for analyses stored before it was recorded. */
  timezone?: Maybe<Scalars['String']['output']>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** What happened to a call (callUpdated subscription). */
export type CallChangeKind =
  /** The call reached a terminal status. */
  | 'ENDED'
  /** The call was created or started ringing. */
  | 'STARTED'
  /** Status or details changed. */
  | 'UPDATED';

/** A page of Call items (Relay cursor connection); ask for more with `first` and `after`. */
export type CallConnection = {
  __typename?: 'CallConnection';
  /** The items of this page, in the list's order; at most `first` (default 20, at most MAX_PAGE_SIZE). */
  edges: Array<CallEdge>;
  /** Whether more pages exist, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** All matching items, not just this page (counted on request only). */
  totalCount: Scalars['Int']['output'];
};

/** Who placed the call. */
export type CallDirection =
  /** The customer called one of our numbers. */
  | 'INBOUND'
  /** We called the customer (startCall or a bridge). */
  | 'OUTBOUND';

/** One Call in a CallConnection, with its cursor. */
export type CallEdge = {
  __typename?: 'CallEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. Valid as long as the list's order is unchanged. */
  cursor: Scalars['String']['output'];
  /** The Call. */
  node: Call;
};

/** Which calls to list; all given conditions must hold. */
export type CallFilterInput = {
  /** Only inbound or only outbound calls. */
  direction?: InputMaybe<CallDirection>;
  /** Only calls whose analysis found at least one buying signal (true) or none (false) */
  hasBuyingSignal?: InputMaybe<Scalars['Boolean']['input']>;
  /** Calls with this lead. */
  leadId?: InputMaybe<Scalars['ID']['input']>;
  /** Overall sentiment of the analysis */
  sentiment?: InputMaybe<Array<SentimentLabel>>;
  /** Started at or after this instant. */
  startedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Started before this instant. */
  startedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Calls in any of these statuses. */
  status?: InputMaybe<Array<CallStatus>>;
};

/** How to sort calls. */
export type CallOrderByInput = {
  /** Which way. */
  direction?: OrderDirection;
  /** What to sort by. */
  field?: CallOrderField;
};

/** What `calls` sorts by; ties are broken by id. */
export type CallOrderField =
  /** When the call was created. */
  | 'CREATED_AT'
  /** How long it lasted. */
  | 'DURATION'
  /** When it started. */
  | 'STARTED_AT';

/** The result of a call mutation. */
export type CallPayload = {
  __typename?: 'CallPayload';
  /** The call as stored after the mutation. */
  call: Call;
};

/** Only moves forward; the first terminal status (COMPLETED, BUSY, NO_ANSWER, FAILED, CANCELED) wins. */
export type CallStatus =
  /** The other end was busy. */
  | 'BUSY'
  /** Hung up before it was answered. */
  | 'CANCELED'
  /** Answered and ended normally; the final analysis follows. */
  | 'COMPLETED'
  /** Could not be placed or connected; raises a CALL_FAILED alert. */
  | 'FAILED'
  /** Answered and running; live analysis updates as segments arrive. */
  | 'IN_PROGRESS'
  /** Nobody answered. */
  | 'NO_ANSWER'
  /** Accepted by Twilio, not ringing yet. */
  | 'QUEUED'
  /** Ringing at the other end. */
  | 'RINGING';

/** A call started, changed or ended (callUpdated subscription). */
export type CallUpdatedEvent = {
  __typename?: 'CallUpdatedEvent';
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** The call as it is now. */
  call: Call;
  /** What happened. */
  kind: CallChangeKind;
};

/** The appointment that will not take place */
export type CancelAppointmentInput = {
  /** The appointment's id (an unknown id or another organization's answers NOT_FOUND) */
  id: Scalars['ID']['input'];
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
  /** The new role. */
  role: UserRole;
  /** The user; only an owner may change an owner or make one */
  userId: Scalars['ID']['input'];
};

/** State of a circuit breaker. */
export type CircuitState =
  /** Working: calls go through. */
  | 'CLOSED'
  /** Trying again: the next call decides between CLOSED and OPEN. */
  | 'HALF_OPEN'
  /** Failing: calls are refused at once for a while (a CIRCUIT_OPEN alert is raised). */
  | 'OPEN';

/** The circuit breaker of one dependency. */
export type CircuitStatus = {
  __typename?: 'CircuitStatus';
  /** CLOSED, OPEN or HALF_OPEN. */
  breakerState: CircuitState;
  /** When the state last changed (or the process started). */
  changedAt: Scalars['DateTime']['output'];
  /** False when this deployment has not set the dependency up or, for Slack (set up per organization), when your organization has no webhook URL */
  configured: Scalars['Boolean']['output'];
  /** Failures in a row; the breaker opens at its threshold. */
  consecutiveFailures: Scalars['Int']['output'];
  /** The last failure message; null: none since start. */
  lastFailure?: Maybe<Scalars['String']['output']>;
  /** openai, twilio, smtp or slack */
  name: Scalars['String']['output'];
  /**
   * closed, open or half-open
   * @deprecated Use breakerState, the CircuitState enum.
   */
  state: Scalars['String']['output'];
};

/** The action item that is done */
export type CompleteActionItemInput = {
  /** The action item's id (an unknown id or another organization's answers NOT_FOUND) */
  id: Scalars['ID']['input'];
};

/** The proposed appointment a person confirms */
export type ConfirmAppointmentInput = {
  /** The appointment's id (an unknown id or another organization's answers NOT_FOUND) */
  id: Scalars['ID']['input'];
};

/** What an accepted quote became: parties, lines and totals frozen at acceptance, the acceptance itself, and a term */
export type Contract = Node & {
  __typename?: 'Contract';
  /** The acceptance the contract rests on */
  acceptance: QuoteDecision;
  /** When the contract was made */
  createdAt: Scalars['DateTime']['output'];
  /** The customer */
  customer: ContractParty;
  /** The quote discount */
  discount: Money;
  /** The contract PDF */
  document?: Maybe<QuoteDocument>;
  /** Last day of the term, inclusive, YYYY-MM-DD */
  endsOn: Scalars['String']['output'];
  /** Contract id (a UUID, also usable with node(id:)) */
  id: Scalars['ID']['output'];
  /** The lead (customer) of the quote */
  leadId: Scalars['ID']['output'];
  /** The accepted lines, in order (at most 200) */
  lines: Array<ContractLine>;
  /** The accepted quote */
  quoteId: Scalars['ID']['output'];
  /** The newest renewal quote made from this contract (generateQuoteFromContract) */
  renewalQuoteId?: Maybe<Scalars['ID']['output']>;
  /** How many renewal quotes were made from this contract */
  renewals: Scalars['Int']['output'];
  /** First day of the term, YYYY-MM-DD (organization calendar) */
  startsOn: Scalars['String']['output'];
  /** Sum of the lines after their own discounts */
  subtotal: Money;
  /** The organization */
  supplier: ContractParty;
  /** Tax over all lines */
  tax: Money;
  /** The quote title at acceptance */
  title: Scalars['String']['output'];
  /** What the customer pays */
  total: Money;
  /** The accepted quote version */
  version: Scalars['Int']['output'];
};

/** A page of Contract items (Relay cursor connection); ask for more with `first` and `after`. */
export type ContractConnection = {
  __typename?: 'ContractConnection';
  /** The items of this page, in the list's order; at most `first` (default 20, at most MAX_PAGE_SIZE). */
  edges: Array<ContractEdge>;
  /** Whether more pages exist, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** All matching items, not just this page (counted on request only). */
  totalCount: Scalars['Int']['output'];
};

/** One Contract in a ContractConnection, with its cursor. */
export type ContractEdge = {
  __typename?: 'ContractEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. Valid as long as the list's order is unchanged. */
  cursor: Scalars['String']['output'];
  /** The Contract. */
  node: Contract;
};

/** One line of a contract, copied from the accepted quote version */
export type ContractLine = {
  __typename?: 'ContractLine';
  /** What is delivered */
  description: Scalars['String']['output'];
  /** Line discount (zero when none) */
  discount: Money;
  /** Quantity × unit price − line discount, before tax and the quote discount */
  lineTotal: Money;
  /** Quantity as an exact decimal, e.g. "1.5" */
  quantity: Scalars['String']['output'];
  /** Tax rate in percent, exact decimal, e.g. "20" */
  taxRatePercent: Scalars['String']['output'];
  /** Unit of the quantity (each, hour, metre, drop…) */
  unit: Scalars['String']['output'];
  /** Price of one unit */
  unitPrice: Money;
};

/** One party of a contract, as it was when the contract was made */
export type ContractParty = {
  __typename?: 'ContractParty';
  /** Company, when known */
  company?: Maybe<Scalars['String']['output']>;
  /** Email address, when known */
  email?: Maybe<Scalars['String']['output']>;
  /** Person or organization name */
  name: Scalars['String']['output'];
};

/** The result of generateContract */
export type ContractPayload = {
  __typename?: 'ContractPayload';
  /** The contract */
  contract: Contract;
};

/** How the conversation went, measured from the transcript. */
export type ConversationMetrics = {
  __typename?: 'ConversationMetrics';
  /** Share of spoken time that is the agent's, 0..1 */
  agentTalkRatio: Scalars['Float']['output'];
  /** Longest stretch one side spoke without the other, in milliseconds. */
  longestMonologueMs: Scalars['Int']['output'];
  /** Who spoke the longest monologue; null with no speech. */
  longestMonologueSpeaker?: Maybe<Speaker>;
  /** Questions the agent asked. */
  questionsByAgent: Scalars['Int']['output'];
  /** Questions the customer asked. */
  questionsByCustomer: Scalars['Int']['output'];
};

/** A new partner API key (createApiKey, apikeys:manage). */
export type CreateApiKeyInput = {
  /** Optional, 1–255 characters (a UUID is a good choice), kept 24 hours per caller (user or API key) and organization. Retrying with the same key and the same input returns the first answer without doing it again (its objects as they are now); the same key with a different input is CONFLICT on input.idempotencyKey, and so is a retry while the first request is still running. A request that fails keeps nothing: retry it with the same key. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** A name for people, 1–100 characters. */
  name: Scalars['String']['input'];
  /** Permissions the key gets, from: leads:read, leads:write, calls:read, calls:write, quotes:read, alerts:read, system:read, bridge (BAD_USER_INPUT on scopes otherwise); e.g. ["leads:read", "leads:write"] */
  scopes: Array<Scalars['String']['input']>;
};

/** The result of createApiKey. */
export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  /** The key as stored (without the secret). */
  apiKey: ApiKey;
  /** The whole key. Shown this once; store it now. */
  secret: Scalars['String']['output'];
};

/** A new lead (createLead, leads:write). Profile scoring runs in the background afterwards. */
export type CreateLeadInput = {
  /** Budget in minor units (cents), 0 or more, with budgetCurrency; null clears. */
  budgetCents?: InputMaybe<Scalars['Int']['input']>;
  /** ISO 4217 code of budgetCents, e.g. USD. */
  budgetCurrency?: InputMaybe<Scalars['Currency']['input']>;
  /** Company name, at most 200 characters; null clears. */
  company?: InputMaybe<Scalars['String']['input']>;
  /** Extra fields as a JSON object (up to 50 keys: letters, digits and _, starting with a letter); replaces the lead's custom fields. */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  /** Stored lower-cased; unique per organization among leads; null clears. */
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  /** Your own id for this lead; upserts match on it first */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Optional, 1–255 characters (a UUID is a good choice), kept 24 hours per caller (user or API key) and organization. Retrying with the same key and the same input returns the first answer without doing it again (its objects as they are now); the same key with a different input is CONFLICT on input.idempotencyKey, and so is a retry while the first request is still running. A request that fails keeps nothing: retry it with the same key. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Display name, 1–200 characters. */
  name: Scalars['String']['input'];
  /** A user of this organization who owns the lead (BAD_USER_INPUT on ownerId otherwise); null clears. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** E.164, e.g. +15125550100 */
  phone?: InputMaybe<Scalars['PhoneNumber']['input']>;
  /** Where the lead first came from: set when it is created; updates (updateLead, upsertLead, importLeads) keep it */
  source?: InputMaybe<LeadSource>;
  /** Pipeline stage (NEW when a lead is created without one). */
  status?: InputMaybe<LeadStatus>;
  /** Up to 50 labels; replaces the lead's tags. */
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
  /** Optional, 1–255 characters (a UUID is a good choice), kept 24 hours per caller (user or API key) and organization. Retrying with the same key and the same input returns the first answer without doing it again (its objects as they are now); the same key with a different input is CONFLICT on input.idempotencyKey, and so is a retry while the first request is still running. A request that fails keeps nothing: retry it with the same key. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
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

/** A new user with a password set by an admin (createUser, users:manage); inviteUser lets them choose it instead. */
export type CreateUserInput = {
  /** Sign-in address; unique across Switchboard (CONFLICT on email when taken). */
  email: Scalars['EmailAddress']['input'];
  /** Display name, 1–200 characters. */
  name: Scalars['String']['input'];
  /** 12–200 characters, and hard to guess (zxcvbn score 3 of 4, not built from the email or name) */
  password: Scalars['String']['input'];
  /** E.164; where CRITICAL alerts reach them by SMS */
  phone?: InputMaybe<Scalars['PhoneNumber']['input']>;
  /** What they may do; only an owner may create an owner. */
  role: UserRole;
};

/** Deactivate a user of my organization: their sessions and open sockets end, and they can no longer sign in */
export type DeactivateUserInput = {
  /** The user; not yourself. Only an owner may deactivate an owner, and the last active owner stays */
  userId: Scalars['ID']['input'];
};

/** The lead to delete (deleteLead, leads:write). */
export type DeleteLeadInput = {
  /** The lead's id; NOT_FOUND for an unknown id or another organization's. */
  id: Scalars['ID']['input'];
};

/** The result of deleteLead. */
export type DeleteLeadPayload = {
  __typename?: 'DeleteLeadPayload';
  /** The id of the lead that was deleted (with its score history; calls keep no lead). */
  deletedLeadId: Scalars['ID']['output'];
};

/** The phone number to remove from this organization */
export type DeletePhoneNumberInput = {
  /** The phone number's id (an unknown id or another organization's answers NOT_FOUND) */
  id: Scalars['ID']['input'];
};

/** The result of deletePhoneNumber. */
export type DeletePhoneNumberPayload = {
  __typename?: 'DeletePhoneNumberPayload';
  /** The id of the number that was removed. */
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

/** How a notification reaches someone. */
export type DeliveryChannel =
  /** An email (SMTP, or the mail outbox without SMTP_URL). */
  | 'EMAIL'
  /** The organization's Slack incoming webhook. */
  | 'SLACK'
  /** A text to the user's phone (Twilio). */
  | 'SMS';

/** Progress of one notification. */
export type DeliveryStatus =
  /** Gave up after retries; lastError says why. */
  | 'FAILED'
  /** Waiting for quiet hours to end (AlertSettings.quietHours). */
  | 'HELD'
  /** Queued to be sent. */
  | 'PENDING'
  /** Handed to the channel; the outcome is not recorded yet. A delivery interrupted here is never sent again (FAILED, saying so), so nobody gets it twice. */
  | 'SENDING'
  /** The channel accepted it. */
  | 'SENT'
  /** The channel or the recipient's address is not set up: nothing to send, nothing wrong. */
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

/** One document kind's template: the organization's own blocks (null: the default) and the defaults */
export type DocumentTemplate = {
  __typename?: 'DocumentTemplate';
  /** The organization's blocks; a null block uses the default */
  custom: DocumentTemplateBlocks;
  /** The built-in blocks */
  defaults: DocumentTemplateBlocks;
  /** The document these blocks are for */
  kind: QuoteDocumentKind;
};

/** The four Handlebars text blocks of a document (see README, "Quote documents and the public page") */
export type DocumentTemplateBlocks = {
  __typename?: 'DocumentTemplateBlocks';
  /** Paragraph after the lines (terms: the terms themselves) */
  body?: Maybe<Scalars['String']['output']>;
  /** Small print at the end */
  footer?: Maybe<Scalars['String']['output']>;
  /** Paragraph before the lines */
  intro?: Maybe<Scalars['String']['output']>;
  /** Heading under the organization name */
  title?: Maybe<Scalars['String']['output']>;
};

/** The result of updateDocumentTemplate */
export type DocumentTemplatePayload = {
  __typename?: 'DocumentTemplatePayload';
  /** The template as stored */
  template: DocumentTemplate;
};

/** Ask for an AI draft priced from the catalog (needs quotes:write). Returns at once with a PENDING quote; the lines arrive on quoteUpdated (DRAFTED). */
export type DraftQuoteInput = {
  /** A call of this organization: its transcript and analysis become the request */
  callId?: InputMaybe<Scalars['ID']['input']>;
  /** Currency of the quote; default the lead's budget currency, else the catalog's most common */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** Optional, 1–255 characters (a UUID is a good choice), kept 24 hours per caller (user or API key) and organization. Retrying with the same key and the same input returns the first answer without doing it again (its objects as they are now); the same key with a different input is CONFLICT on input.idempotencyKey, and so is a retry while the first request is still running. A request that fails keeps nothing: retry it with the same key. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The lead it is for */
  leadId: Scalars['ID']['input'];
  /** The customer's request in free text, e.g. "24 drops of Cat6 and two days of labour" (at most 10000 characters); required without callId */
  request?: InputMaybe<Scalars['String']['input']>;
  /** Title; default derived from the request */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A per-item problem inside an otherwise successful mutation (bulk operations). */
export type FieldError = {
  __typename?: 'FieldError';
  /** Error code, as in extensions.code */
  code: Scalars['String']['output'];
  /** Path of the offending field, e.g. input.leads.3.email */
  field?: Maybe<Scalars['String']['output']>;
  /** What is wrong, for people. */
  message: Scalars['String']['output'];
};

/** Make the contract of an accepted quote */
export type GenerateContractInput = {
  /** Last day of the term, inclusive, YYYY-MM-DD; default: one year from startsOn, less a day */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  /** An ACCEPTED quote without a contract */
  quoteId: Scalars['ID']['input'];
  /** First day of the term, YYYY-MM-DD; default: the day of acceptance */
  startsOn?: InputMaybe<Scalars['String']['input']>;
};

/** Make a renewal quote (DRAFT) from a contract */
export type GenerateQuoteFromContractInput = {
  /** The contract to renew */
  contractId: Scalars['ID']['input'];
  /** Title of the new quote; default "Renewal: <contract title>" */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A lead became hot (hotLead subscription). */
export type HotLeadEvent = {
  __typename?: 'HotLeadEvent';
  /** The HOT_LEAD alert raised for it. */
  alert: Alert;
  /** When it became hot. */
  at: Scalars['DateTime']['output'];
  /** The lead, now HOT. */
  lead: Lead;
  /** The score change that made it hot */
  reason: Scalars['String']['output'];
};

/** What became of one row of importLeads. */
export type ImportLeadResult = {
  __typename?: 'ImportLeadResult';
  /** True when the row created a new lead, false when it updated one (or failed). */
  created: Scalars['Boolean']['output'];
  /** Why the row failed (empty when it succeeded), at most 10. */
  errors: Array<FieldError>;
  /** Position of the row in input.leads */
  index: Scalars['Int']['output'];
  /** The lead created or updated; null when the row failed. */
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

/** A batch for importLeads (leads:write). */
export type ImportLeadsInput = {
  /** Optional, 1–255 characters (a UUID is a good choice), kept 24 hours per caller (user or API key) and organization. Retrying with the same key and the same input returns the first answer without doing it again (its objects as they are now); the same key with a different input is CONFLICT on input.idempotencyKey, and so is a retry while the first request is still running. A request that fails keeps nothing: retry it with the same key. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Up to IMPORT_MAX_ROWS (default 1000) rows, applied in order: a later row that names a lead an earlier row created or changed updates it. Each row is validated on its own; bad rows are reported in results[i].errors and the others are stored */
  leads: Array<ImportLeadRowInput>;
};

/** The result of importLeads. */
export type ImportLeadsPayload = {
  __typename?: 'ImportLeadsPayload';
  /** Rows that created a lead. */
  createdCount: Scalars['Int']['output'];
  /** Rows that failed; see results. */
  failedCount: Scalars['Int']['output'];
  /** One result per input row, in input order. */
  results: Array<ImportLeadResult>;
  /** Rows that updated an existing lead (matched by externalId, email or phone). */
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
  /** Where the invitation went. */
  email: Scalars['EmailAddress']['output'];
  /** After this the invitation can no longer be accepted (INVITE_TTL_SECONDS) */
  expiresAt: Scalars['DateTime']['output'];
  /** The role the account will have. */
  role: UserRole;
};

/** A person or company that may buy. Read with leads:read; changed with leads:write. */
export type Lead = Node & {
  __typename?: 'Lead';
  /** What the lead may spend; null: not known. */
  budget?: Maybe<Money>;
  /**
   * Newest first; first is clamped to 0–50
   * @deprecated Use callsConnection: the same calls as a connection (cursors, totalCount, paging both ways)
   */
  calls: Array<Call>;
  /** The lead's calls, newest first; 10 per page by default, at most 50 */
  callsConnection: CallConnection;
  /** Company name. */
  company?: Maybe<Scalars['String']['output']>;
  /** When the lead was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Any extra fields a partner keeps on the lead (bounded JSON object). */
  customFields: Scalars['JSONObject']['output'];
  /** Email address; unique per organization among leads. */
  email?: Maybe<Scalars['EmailAddress']['output']>;
  /** Partner id; unique per organization */
  externalId?: Maybe<Scalars['String']['output']>;
  /** The lead id (a UUID). */
  id: Scalars['ID']['output'];
  /** The latest call or change concerning the lead. */
  lastActivityAt: Scalars['DateTime']['output'];
  /** Display name, 1–200 characters. */
  name: Scalars['String']['output'];
  /** The user who owns the lead; null: unassigned. */
  owner?: Maybe<User>;
  /** E.164 */
  phone?: Maybe<Scalars['PhoneNumber']['output']>;
  /** The lead's quotes, newest first (at most 50; needs quotes:read) */
  quotes: Array<Quote>;
  /** 0–100; changes only with a ScoreEvent */
  score: Scalars['Int']['output'];
  /**
   * Newest first (in the order the changes were applied); first is clamped to 0–100
   * @deprecated Use scoreHistoryConnection: the same events as a connection (cursors, totalCount, paging both ways)
   */
  scoreHistory: Array<ScoreEvent>;
  /** Score changes, newest first (in the order they were applied); 20 per page by default, at most 100 */
  scoreHistoryConnection: ScoreEventConnection;
  /** Where the lead came from. */
  source: LeadSource;
  /** Pipeline stage, set by people. */
  status: LeadStatus;
  /** Free labels, at most 50, each at most 50 characters. */
  tags: Array<Scalars['String']['output']>;
  /** HOT, WARM or COLD from the score and the organization thresholds. */
  temperature: LeadTemperature;
  /** When any field last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** A person or company that may buy. Read with leads:read; changed with leads:write. */
export type LeadCallsArgs = {
  first?: Scalars['Int']['input'];
};


/** A person or company that may buy. Read with leads:read; changed with leads:write. */
export type LeadCallsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A person or company that may buy. Read with leads:read; changed with leads:write. */
export type LeadScoreHistoryArgs = {
  first?: Scalars['Int']['input'];
};


/** A person or company that may buy. Read with leads:read; changed with leads:write. */
export type LeadScoreHistoryConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** What happened to a lead (leadChanged subscription). */
export type LeadChangeKind =
  /** The lead was created. */
  | 'CREATED'
  /** The lead was deleted; LeadChangedEvent.lead is null. */
  | 'DELETED'
  /** Fields changed; LeadChangedEvent.changedFields names them. */
  | 'UPDATED';

/** A lead was created, changed or deleted (leadChanged subscription). */
export type LeadChangedEvent = {
  __typename?: 'LeadChangedEvent';
  /** When the change was committed. */
  at: Scalars['DateTime']['output'];
  /** Fields whose value changed (UPDATED only) */
  changedFields: Array<Scalars['String']['output']>;
  /** What happened. */
  kind: LeadChangeKind;
  /** The lead as it is when the event is delivered (a later change may already show); null when DELETED or gone */
  lead?: Maybe<Lead>;
  /** The lead it happened to (still set when DELETED). */
  leadId: Scalars['ID']['output'];
};

/** Which lead changes to receive; all given conditions must hold. */
export type LeadChangedFilterInput = {
  /** Only these kinds of change. */
  kinds?: InputMaybe<Array<LeadChangeKind>>;
  /** Only leads owned by this user. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only leads now in these statuses. */
  status?: InputMaybe<Array<LeadStatus>>;
  /** Only leads now at these temperatures. */
  temperature?: InputMaybe<Array<LeadTemperature>>;
};

/** A page of Lead items (Relay cursor connection); ask for more with `first` and `after`. */
export type LeadConnection = {
  __typename?: 'LeadConnection';
  /** The items of this page, in the list's order; at most `first` (default 20, at most MAX_PAGE_SIZE). */
  edges: Array<LeadEdge>;
  /** Whether more pages exist, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** All matching items, not just this page (counted on request only). */
  totalCount: Scalars['Int']['output'];
};

/** One Lead in a LeadConnection, with its cursor. */
export type LeadEdge = {
  __typename?: 'LeadEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. Valid as long as the list's order is unchanged. */
  cursor: Scalars['String']['output'];
  /** The Lead. */
  node: Lead;
};

/** Which leads to list; all given conditions must hold. */
export type LeadFilterInput = {
  /** Created at or after this instant. */
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Created before this instant. */
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Custom fields equal to these values */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  /** Last activity at or after this instant. */
  lastActivityAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Last activity before this instant. */
  lastActivityBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Leads owned by this user. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Score at most this, 0–100. */
  scoreMax?: InputMaybe<Scalars['Int']['input']>;
  /** Score at least this, 0–100. */
  scoreMin?: InputMaybe<Scalars['Int']['input']>;
  /** Text in name, email, phone or company; at most 100 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Leads from any of these sources. */
  source?: InputMaybe<Array<LeadSource>>;
  /** Leads in any of these statuses. */
  status?: InputMaybe<Array<LeadStatus>>;
  /** Leads with all of these tags */
  tagsAll?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Leads with at least one of these tags */
  tagsAny?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Leads at any of these temperatures. */
  temperature?: InputMaybe<Array<LeadTemperature>>;
  /** Only leads without an owner */
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
};

/** How to sort leads. */
export type LeadOrderByInput = {
  /** Which way. */
  direction?: OrderDirection;
  /** What to sort by. */
  field?: LeadOrderField;
};

/** What `leads` sorts by; ties are broken by id so pages never overlap. */
export type LeadOrderField =
  /** When the lead was created. */
  | 'CREATED_AT'
  /** Lead.lastActivityAt: the latest call or change. */
  | 'LAST_ACTIVITY_AT'
  /** The name. */
  | 'NAME'
  /** The score (0–100). */
  | 'SCORE'
  /** When the lead last changed. */
  | 'UPDATED_AT';

/** The result of a lead mutation. */
export type LeadPayload = {
  __typename?: 'LeadPayload';
  /** The lead as stored after the mutation. */
  lead: Lead;
};

/** Where a lead came from. Set on creation; changes nothing else. */
export type LeadSource =
  /** A phone call (an inbound call from an unknown number creates one). */
  | 'CALL'
  /** A website chat. */
  | 'CHAT'
  /** An email. */
  | 'EMAIL'
  /** A bulk import (importLeads). */
  | 'IMPORT'
  /** A partner system, through the API. */
  | 'PARTNER'
  /** A text message. */
  | 'SMS'
  /** A web form or the admin app. */
  | 'WEB'
  /** A WhatsApp message. */
  | 'WHATSAPP';

/** Where a lead is in the pipeline; set by people (updateLead), never by scoring. */
export type LeadStatus =
  /** Someone has reached them. */
  | 'CONTACTED'
  /** Will not buy. */
  | 'LOST'
  /** Not contacted yet. */
  | 'NEW'
  /** An offer or quote is out. */
  | 'PROPOSAL'
  /** A real prospect: need, budget and authority confirmed. */
  | 'QUALIFIED'
  /** Became a customer. */
  | 'WON';

/** Derived from the score and the organization's thresholds; re-derived when either changes. */
export type LeadTemperature =
  /** Score below Organization.warmThreshold. */
  | 'COLD'
  /** Score at or above Organization.hotThreshold; reaching it raises a HOT_LEAD alert. */
  | 'HOT'
  /** Score at or above Organization.warmThreshold, below hotThreshold. */
  | 'WARM';

/** A live call took in a final segment; or (final: true) its post-call analysis is ready */
export type LiveCallAnalysisEvent = {
  __typename?: 'LiveCallAnalysisEvent';
  /** The call analysis after this segment: running sentiment and metrics */
  analysis?: Maybe<CallAnalysis>;
  /** When it was analyzed. */
  at: Scalars['DateTime']['output'];
  /** The call. */
  callId: Scalars['ID']['output'];
  /** True once, for the post-call analysis. */
  final: Scalars['Boolean']['output'];
  /** Signals found in this segment */
  newBuyingSignals: Array<BuyingSignal>;
  /** Objections found in this segment */
  newObjections: Array<Objection>;
  /** The segment (absent on the final event) */
  segment?: Maybe<TranscriptSegment>;
  /** This segment's sentiment (final event: the call's) */
  segmentSentiment: Sentiment;
  /** The segment sequence this event is about (final event: the last one analyzed). */
  sequence: Scalars['Int']['output'];
};

/** Sign-in with email and password (login; no sign-in needed). */
export type LoginInput = {
  /** The user's email address (any case). */
  email: Scalars['EmailAddress']['input'];
  /** The password, 1–200 characters. */
  password: Scalars['String']['input'];
};

/** A signed-in session. */
export type LoginPayload = {
  __typename?: 'LoginPayload';
  /** When the token stops working (JWT_TTL_SECONDS after sign-in); sign in again then. */
  expiresAt: Scalars['DateTime']['output'];
  /** Send as "Authorization: Bearer <token>" or in graphql-ws connection_init { authorization } */
  token: Scalars['String']['output'];
  /** The signed-in user. */
  user: User;
};

/** An amount of money in one currency. */
export type Money = {
  __typename?: 'Money';
  /** Integer minor units (cents): 12345 is 123.45. */
  amountCents: Scalars['Int']['output'];
  /** ISO 4217 code, e.g. USD. */
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

/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type Mutation = {
  __typename?: 'Mutation';
  /** No sign-in needed: creates the invited account from the emailed token and signs it in */
  acceptInvite: LoginPayload;
  /** Someone is on it: stops escalation. Needs alerts:write. */
  acknowledgeAlert: AlertPayload;
  /** A person moves the score, with a reason kept in the score history */
  adjustLeadScore: LeadPayload;
  /** Re-runs the final analysis; returns at once with analysisStatus PENDING */
  analyzeCall: CallPayload;
  /** Idempotent by (call, sequence); order is restored by sequence */
  appendTranscriptSegments: AppendTranscriptSegmentsPayload;
  /** Cancels an appointment. Needs calls:write. */
  cancelAppointment: AppointmentPayload;
  /** Changes my password (needs the current one); ends my other sessions and returns a new token */
  changePassword: LoginPayload;
  /** Changes a user's role; ends their sessions so the new permissions apply at once */
  changeUserRole: UserPayload;
  /** Marks an action item DONE. Needs calls:write. */
  completeActionItem: ActionItemPayload;
  /** A person confirms an appointment the call analysis proposed. Needs calls:write. */
  confirmAppointment: AppointmentPayload;
  /** Creates an API key and returns its secret, once. Needs apikeys:manage. */
  createApiKey: CreateApiKeyPayload;
  /** Creates a lead; scores its profile in the background (score events follow). CONFLICT on email or externalId when taken. Needs leads:write. */
  createLead: LeadPayload;
  /** Registers one of our Twilio numbers; inbound calls to it belong to this organization. Needs numbers:manage. */
  createPhoneNumber: PhoneNumberPayload;
  /** Adds a product to the catalog (needs quotes:write); audited */
  createProduct: ProductPayload;
  /** A new DRAFT quote, version 1 (needs quotes:write); every line validated with its path; audited */
  createQuote: QuotePayload;
  /** Creates a user with a password set by the caller. Needs users:manage. */
  createUser: UserPayload;
  /** Deactivates a user: ends their sessions and open sockets; they can no longer sign in */
  deactivateUser: UserPayload;
  /** Deletes a lead with its score history (its calls stay, without a lead). Needs leads:write. */
  deleteLead: DeleteLeadPayload;
  /** Removes a number; inbound calls to it are no longer taken. Needs numbers:manage. */
  deletePhoneNumber: DeletePhoneNumberPayload;
  /** Removes a product (needs quotes:write); quote lines keep their copy; audited. Prefer active: false to keep history linked. */
  deleteProduct: DeleteProductPayload;
  /** Starts an AI draft from free text or a call (needs quotes:write): returns at once with the quote PENDING; the priced lines arrive on quoteUpdated (DRAFTED) and by query. Each line carries its phrase and a confidence; anything not in the catalog is an unpriced line flagged for review. Uses OpenAI when configured and within budget, else the local drafter; audited. */
  draftQuote: QuotePayload;
  /** Makes the contract of an ACCEPTED quote (quotes:write) and renders its CONTRACT document. CONFLICT when the quote is not accepted or already has one. Audited */
  generateContract: ContractPayload;
  /** Makes a renewal quote (DRAFT) from a contract (quotes:write): the same lead, lines and contracted prices, ready to edit and send. Audited */
  generateQuoteFromContract: RenewalQuotePayload;
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
  /** Done; a new occurrence of its key opens a new alert. Needs alerts:write. */
  resolveAlert: AlertPayload;
  /** Revokes an API key: it answers UNAUTHENTICATED from now on. Needs apikeys:manage. */
  revokeApiKey: ApiKeyPayload;
  /** Sends a quote to its lead (quotes:write): freezes the current version, marks it SENT (the lead moves to PROPOSAL on the first send), renders and stores its QUOTE, SCOPE_OF_WORK and TERMS PDFs, and after commit emails the lead the quote PDF with the public link. A failed email is retried and never undoes the send. Audited */
  sendQuote: SendQuotePayload;
  /** No sign-in needed: creates an organization (default settings) with you as its owner and signs you in. Only when the server sets SIGNUP_ENABLED (FORBIDDEN otherwise); at most SIGNUP_MAX_PER_IP_PER_HOUR (5) per address per hour (RATE_LIMITED with extensions.retryAfterSeconds) */
  signUp: LoginPayload;
  /** Quiet until input.until: no escalation or notifications; escalation restarts from then. Needs alerts:write. */
  snoozeAlert: AlertPayload;
  /** Places a Twilio call from one of our numbers to the lead; NOT_CONFIGURED without Twilio. Needs calls:write. */
  startCall: CallPayload;
  /** Transcribes the recording (Whisper), then analyzes; returns at once with analysisStatus PENDING */
  transcribeCall: CallPayload;
  /** Changes an action item's text, due date or status. Needs calls:write. */
  updateActionItem: ActionItemPayload;
  /** Changes the organization's template of one document kind (quotes:write). Each block is checked by rendering a sample: invalid Handlebars or an unknown helper is BAD_USER_INPUT naming the block. Applies to documents rendered from now on. Audited */
  updateDocumentTemplate: DocumentTemplatePayload;
  /** Changes a lead: omitted fields stay, null clears. Needs leads:write. */
  updateLead: LeadPayload;
  /** Changing thresholds re-derives every lead temperature. Needs org:manage (owners). */
  updateOrganization: OrganizationPayload;
  /** Changes a number's label, purpose or forwarding. Needs numbers:manage. */
  updatePhoneNumber: PhoneNumberPayload;
  /** Changes a product (needs quotes:write); existing quote lines keep their prices; audited */
  updateProduct: ProductPayload;
  /** Edits a quote (needs quotes:write). A sent version is never changed: editing a SENT, EXPIRED or REJECTED quote makes version n+1 in DRAFT. CONFLICT for PENDING, ACCEPTED and WITHDRAWN quotes; audited. */
  updateQuote: QuotePayload;
  /** Idempotent by externalId, else email, else phone: updates the lead found, else creates one. Needs leads:write. */
  upsertLead: UpsertLeadPayload;
  /** Withdraws a PENDING, DRAFT or SENT quote (needs quotes:write): it can no longer be sent or accepted; audited */
  withdrawQuote: QuotePayload;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationAcceptInviteArgs = {
  input: AcceptInviteInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationAcknowledgeAlertArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input?: InputMaybe<AcknowledgeAlertInput>;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationAdjustLeadScoreArgs = {
  input: AdjustLeadScoreInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationAnalyzeCallArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input?: InputMaybe<AnalyzeCallInput>;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationAppendTranscriptSegmentsArgs = {
  input: AppendTranscriptSegmentsInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationCancelAppointmentArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input?: InputMaybe<CancelAppointmentInput>;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationChangeUserRoleArgs = {
  input: ChangeUserRoleInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationCompleteActionItemArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input?: InputMaybe<CompleteActionItemInput>;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationConfirmAppointmentArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input?: InputMaybe<ConfirmAppointmentInput>;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationCreateLeadArgs = {
  input: CreateLeadInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationCreatePhoneNumberArgs = {
  input: PhoneNumberInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationCreateQuoteArgs = {
  input: CreateQuoteInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationDeactivateUserArgs = {
  input: DeactivateUserInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationDeleteLeadArgs = {
  input: DeleteLeadInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationDeletePhoneNumberArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input?: InputMaybe<DeletePhoneNumberInput>;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationDeleteProductArgs = {
  input: DeleteProductInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationDraftQuoteArgs = {
  input: DraftQuoteInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationGenerateContractArgs = {
  input: GenerateContractInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationGenerateQuoteFromContractArgs = {
  input: GenerateQuoteFromContractInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationImportLeadsArgs = {
  input: ImportLeadsInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationLoginArgs = {
  input: LoginInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationRecordCallEventArgs = {
  input: RecordCallEventInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationResolveAlertArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input?: InputMaybe<ResolveAlertInput>;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationSendQuoteArgs = {
  input: SendQuoteInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationSignUpArgs = {
  input: SignUpInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationSnoozeAlertArgs = {
  input: SnoozeAlertInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationStartCallArgs = {
  input: StartCallInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationTranscribeCallArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input?: InputMaybe<TranscribeCallInput>;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationUpdateActionItemArgs = {
  input: UpdateActionItemInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationUpdateDocumentTemplateArgs = {
  input: UpdateDocumentTemplateInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationUpdateLeadArgs = {
  input: UpdateLeadInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationUpdateOrganizationArgs = {
  input: UpdateOrganizationInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationUpdatePhoneNumberArgs = {
  input: UpdatePhoneNumberInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationUpdateProductArgs = {
  input: UpdateProductInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationUpdateQuoteArgs = {
  input: UpdateQuoteInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationUpsertLeadArgs = {
  input: UpsertLeadInput;
};


/** Writes. Each runs in one transaction; events and jobs follow after commit. Sign-in needed unless the field says otherwise. */
export type MutationWithdrawQuoteArgs = {
  input: WithdrawQuoteInput;
};

/** An object with an identity. Its `id` is a UUID, unique across every type, stable for the life of the object: a client may use it alone as a cache key, and refetch any such object with `node(id:)`. */
export type Node = {
  /** The globally unique id (a UUID); the same value that every other field and argument uses for this object. */
  id: Scalars['ID']['output'];
};

/** One notification of an alert to one recipient over one channel. Needs alerts:read. */
export type NotificationDelivery = Node & {
  __typename?: 'NotificationDelivery';
  /** Send attempts so far. */
  attempts: Scalars['Int']['output'];
  /** SMS, EMAIL or SLACK. */
  channel: DeliveryChannel;
  /** When it was queued. */
  createdAt: Scalars['DateTime']['output'];
  /** The escalation level that sent it (1–3). */
  escalationLevel: Scalars['Int']['output'];
  /** The delivery id (a UUID). */
  id: Scalars['ID']['output'];
  /** Why the last attempt failed. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** Email address, phone number or "slack"; empty when skipped for lack of one */
  recipient: Scalars['String']['output'];
  /** Held for quiet hours until then */
  sendAfter?: Maybe<Scalars['DateTime']['output']>;
  /** When the channel accepted it. */
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  /** Progress of this notification. */
  status: DeliveryStatus;
};

/** A reason not to buy that the customer raised. */
export type Objection = {
  __typename?: 'Objection';
  /** What kind of objection. */
  kind: ObjectionKind;
  /** The words that show it. */
  quote: Scalars['String']['output'];
  /** TranscriptSegment.sequence it was found in. */
  segmentSequence: Scalars['Int']['output'];
};

/** What held the customer back. */
export type ObjectionKind =
  /** Someone else decides. */
  | 'AUTHORITY'
  /** Considering or using someone else. */
  | 'COMPETITOR'
  /** Not sure they need it. */
  | 'NEED'
  /** Too expensive. */
  | 'PRICE'
  /** Not now. */
  | 'TIMING'
  /** Doubts about us or the product. */
  | 'TRUST';

/** Sort direction. */
export type OrderDirection =
  /** Smallest, oldest or A first. */
  | 'ASC'
  /** Largest, newest or Z first. */
  | 'DESC';

/** A tenant: every other object belongs to exactly one. Any signed-in member reads their own (organization, me); owners change it (updateOrganization). */
export type Organization = Node & {
  __typename?: 'Organization';
  /** What happens when the monthly AI budget is used up. */
  aiBudgetPolicy: AiBudgetPolicy;
  /** Monthly AI budget in micro-dollars; null: none */
  aiMonthlyBudgetMicros?: Maybe<Scalars['Float']['output']>;
  /** How alerts escalate and notify. */
  alertSettings: AlertSettings;
  /** When the organization was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Score at or above which a lead is HOT */
  hotThreshold: Scalars['Int']['output'];
  /** The organization id (a UUID). */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** Short unique name, lower-case letters, digits and dashes. */
  slug: Scalars['String']['output'];
  /** IANA time zone for business hours and spoken dates */
  timezone: Scalars['String']['output'];
  /** Score at or above which a lead is WARM */
  warmThreshold: Scalars['Int']['output'];
};

/** The result of updateOrganization. */
export type OrganizationPayload = {
  __typename?: 'OrganizationPayload';
  /** The organization as stored after the mutation. */
  organization: Organization;
};

/** Where a page of a connection sits in the whole list (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on this page, to pass as `after`; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More items follow this page: pass endCursor as `after` to get them. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Items come before this page (a cursor was given as `after`). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item on this page; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A time range [from, to) */
export type PeriodInput = {
  /** Start, included. */
  from: Scalars['DateTime']['input'];
  /** End, excluded; after from. */
  to: Scalars['DateTime']['input'];
};

/** One of our Twilio numbers to register (createPhoneNumber, numbers:manage). */
export type PhoneNumberInput = {
  /** The number in E.164 form; unique across Switchboard (CONFLICT when another organization has it). */
  e164: Scalars['PhoneNumber']['input'];
  /** Inbound calls ring this number (E.164); null: none. */
  forwardTo?: InputMaybe<Scalars['PhoneNumber']['input']>;
  /** A name for people, at most 100 characters. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** What the line is for, e.g. SALES or SUPPORT, 1–30 characters. */
  purpose?: InputMaybe<Scalars['String']['input']>;
};

/** The result of a phone number mutation. */
export type PhoneNumberPayload = {
  __typename?: 'PhoneNumberPayload';
  /** The number as stored after the mutation. */
  phoneNumber: TwilioNumber;
};

/** One item of the organization's catalog, which quotes are priced from and AI drafts match against */
export type Product = Node & {
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

/** A page of Product items (Relay cursor connection); ask for more with `first` and `after`. */
export type ProductConnection = {
  __typename?: 'ProductConnection';
  /** The items of this page, in the list's order; at most `first` (default 20, at most MAX_PAGE_SIZE). */
  edges: Array<ProductEdge>;
  /** Whether more pages exist, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** All matching items, not just this page (counted on request only). */
  totalCount: Scalars['Int']['output'];
};

/** One Product in a ProductConnection, with its cursor. */
export type ProductEdge = {
  __typename?: 'ProductEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. Valid as long as the list's order is unchanged. */
  cursor: Scalars['String']['output'];
  /** The Product. */
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

/** Reads. Every field needs sign-in and sees my organization only. */
export type Query = {
  __typename?: 'Query';
  /** AI spend and usage; default period: this month (UTC). Needs usage:read. */
  aiUsage: AiUsageReport;
  /** Null with a NOT_FOUND error for unknown ids and other organizations' alerts alike; the query's other fields still answer */
  alert?: Maybe<Alert>;
  /** For a dashboard badge: alerts in these statuses (default OPEN) by severity */
  alertCounts: AlertCounts;
  /** My organization's alerts, most recently seen first. Needs alerts:read. */
  alerts: AlertConnection;
  /**
   * My organization's API keys, newest first, revoked ones included (at most 1000). Needs apikeys:manage.
   * @deprecated Use apiKeysConnection (paged; this list stops at 1000)
   */
  apiKeys: Array<ApiKey>;
  /** The organization's API keys (revoked ones too, with revokedAt), newest first; never their secrets. Owners and admins */
  apiKeysConnection: ApiKeyConnection;
  /** My organization's appointments, soonest first. Needs calls:read. */
  appointments: AppointmentConnection;
  /** Recorded changes of my organization, newest first. Needs audit:read. */
  auditEvents: AuditEventConnection;
  /** Null with a NOT_FOUND error for unknown ids and other organizations' calls alike; the query's other fields still answer */
  call?: Maybe<Call>;
  /** My organization's calls, filtered and sorted. Needs calls:read. */
  calls: CallConnection;
  /** One contract (quotes:read); null with NOT_FOUND for unknown ids and other organizations' contracts alike */
  contract?: Maybe<Contract>;
  /** The organization's contracts, newest first (quotes:read) */
  contracts: ContractConnection;
  /** The organization's template of each document kind, with the defaults beside it (quotes:read) */
  documentTemplates: Array<DocumentTemplate>;
  /** Null with a NOT_FOUND error for unknown ids and other organizations' leads alike; the query's other fields still answer */
  lead?: Maybe<Lead>;
  /** My organization's leads, filtered and sorted. Needs leads:read. */
  leads: LeadConnection;
  /** Who is calling: the user or API key, the organization and the permissions. UNAUTHENTICATED without sign-in. */
  me: Viewer;
  /** Any object with an identity, by its id, within my organization. Null for an unknown id or another organization's id (indistinguishable); null with a FORBIDDEN error when I lack the read permission of its type (e.g. leads:read for a Lead). Needs sign-in. */
  node?: Maybe<Node>;
  /** Many objects by id, in the order asked, each null as node(id:) would be null. At most 100 ids (BAD_USER_INPUT on `ids` above). Costs a constant few statements whatever the number. Needs sign-in. */
  nodes: Array<Maybe<Node>>;
  /** My organization. Needs sign-in. */
  organization: Organization;
  /**
   * My organization's Twilio numbers, oldest first (at most 1000). Needs calls:read.
   * @deprecated Use phoneNumbersConnection (paged; this list stops at 1000)
   */
  phoneNumbers: Array<TwilioNumber>;
  /** The organization's registered Twilio numbers, oldest first */
  phoneNumbersConnection: TwilioNumberConnection;
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
  /**
   * The people of my organization, oldest first (at most 1000). Needs users:manage.
   * @deprecated Use usersConnection (paged; this list stops at 1000)
   */
  users: Array<User>;
  /** The organization's users (active and deactivated), oldest first. Owners and admins */
  usersConnection: UserConnection;
};


/** Reads. Every field needs sign-in and sees my organization only. */
export type QueryAiUsageArgs = {
  period?: InputMaybe<PeriodInput>;
};


/** Reads. Every field needs sign-in and sees my organization only. */
export type QueryAlertArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs sign-in and sees my organization only. */
export type QueryAlertCountsArgs = {
  status?: InputMaybe<Array<AlertStatus>>;
};


/** Reads. Every field needs sign-in and sees my organization only. */
export type QueryAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AlertFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every field needs sign-in and sees my organization only. */
export type QueryApiKeysConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every field needs sign-in and sees my organization only. */
export type QueryAppointmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AppointmentFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every field needs sign-in and sees my organization only. */
export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every field needs sign-in and sees my organization only. */
export type QueryCallArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs sign-in and sees my organization only. */
export type QueryCallsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CallFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CallOrderByInput>;
};


/** Reads. Every field needs sign-in and sees my organization only. */
export type QueryContractArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs sign-in and sees my organization only. */
export type QueryContractsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every field needs sign-in and sees my organization only. */
export type QueryLeadArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs sign-in and sees my organization only. */
export type QueryLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LeadFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<LeadOrderByInput>;
};


/** Reads. Every field needs sign-in and sees my organization only. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs sign-in and sees my organization only. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Reads. Every field needs sign-in and sees my organization only. */
export type QueryPhoneNumbersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every field needs sign-in and sees my organization only. */
export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs sign-in and sees my organization only. */
export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads. Every field needs sign-in and sees my organization only. */
export type QueryQuoteArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. Every field needs sign-in and sees my organization only. */
export type QueryQuoteVersionDiffArgs = {
  from: Scalars['Int']['input'];
  quoteId: Scalars['ID']['input'];
  to: Scalars['Int']['input'];
};


/** Reads. Every field needs sign-in and sees my organization only. */
export type QueryQuotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<QuoteFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<QuoteOrderByInput>;
};


/** Reads. Every field needs sign-in and sees my organization only. */
export type QueryUsersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A daily window, in the organization time zone, when only CRITICAL alerts notify. */
export type QuietHours = {
  __typename?: 'QuietHours';
  /** Local HH:MM */
  end: Scalars['String']['output'];
  /** Local HH:MM */
  start: Scalars['String']['output'];
};

/** A daily quiet window in the organization time zone; it may cross midnight (22:00–07:00). */
export type QuietHoursInput = {
  /** Local HH:MM, 24-hour. */
  end: Scalars['String']['input'];
  /** Local HH:MM, 24-hour. */
  start: Scalars['String']['input'];
};

/** An offer to a lead, priced from the catalog, with numbered versions */
export type Quote = Node & {
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
  /** The customer's answer on the public page to the version last sent; null while unanswered */
  decision?: Maybe<QuoteDecision>;
  /** The stored PDFs of one version (at most 4: QUOTE, SCOPE_OF_WORK, TERMS and, once a contract exists, CONTRACT); empty for a version never sent. Each url is signed and expires (QUOTE_DOCUMENT_URL_TTL_SECONDS) */
  documents: Array<QuoteDocument>;
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
export type QuoteDocumentsArgs = {
  version?: InputMaybe<Scalars['Int']['input']>;
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

/** A page of Quote items (Relay cursor connection); ask for more with `first` and `after`. */
export type QuoteConnection = {
  __typename?: 'QuoteConnection';
  /** The items of this page, in the list's order; at most `first` (default 20, at most MAX_PAGE_SIZE). */
  edges: Array<QuoteEdge>;
  /** Whether more pages exist, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** All matching items, not just this page (counted on request only). */
  totalCount: Scalars['Int']['output'];
};

/** The customer's recorded answer to one sent version */
export type QuoteDecision = {
  __typename?: 'QuoteDecision';
  /** When the customer answered */
  decidedAt: Scalars['DateTime']['output'];
  /** Accepted or rejected */
  decision: QuoteDecisionKind;
  /** SHA-256 of the QUOTE document of that version: the exact PDF the customer was shown */
  documentSha256: Scalars['String']['output'];
  /** The IP address the answer came from (the TCP peer; no forwarded headers are trusted) */
  ip: Scalars['String']['output'];
  /** The name the customer typed to accept; null for a rejection */
  name?: Maybe<Scalars['String']['output']>;
  /** Why the customer declined, as they wrote it; null when accepted or not given */
  reason?: Maybe<Scalars['String']['output']>;
  /** The browser's User-Agent header, as sent */
  userAgent?: Maybe<Scalars['String']['output']>;
  /** The version that was answered */
  version: Scalars['Int']['output'];
};

/** The customer's answer on the public page */
export type QuoteDecisionKind =
  /** Accepted by typing their name */
  | 'ACCEPTED'
  /** Declined, optionally with a reason */
  | 'REJECTED';

/** One stored PDF of one quote version. Never re-rendered once stored: its SHA-256 is what the customer saw */
export type QuoteDocument = {
  __typename?: 'QuoteDocument';
  /** When the document was rendered */
  createdAt: Scalars['DateTime']['output'];
  /** Document id */
  id: Scalars['ID']['output'];
  /** Which of the four documents this is */
  kind: QuoteDocumentKind;
  /** Lower-case hex SHA-256 of the PDF bytes */
  sha256: Scalars['String']['output'];
  /** Size of the PDF in bytes */
  sizeBytes: Scalars['Int']['output'];
  /** A signed download link, valid QUOTE_DOCUMENT_URL_TTL_SECONDS (default 15 minutes) from when this field was read; after that it answers 410, a changed link 404. No login needed: share it with care */
  url: Scalars['String']['output'];
  /** The quote version this document shows (1, 2, …) */
  version: Scalars['Int']['output'];
};

/** The documents a quote version renders */
export type QuoteDocumentKind =
  /** The contract made from an accepted quote (exists only after generateContract) */
  | 'CONTRACT'
  /** The quote itself: lines, totals, validity. Emailed to the customer and accepted on the public page */
  | 'QUOTE'
  /** What will be done: the lines as a list of work, with the scope text */
  | 'SCOPE_OF_WORK'
  /** The organization's terms and conditions for this quote */
  | 'TERMS';

/** One Quote in a QuoteConnection, with its cursor. */
export type QuoteEdge = {
  __typename?: 'QuoteEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. Valid as long as the list's order is unchanged. */
  cursor: Scalars['String']['output'];
  /** The Quote. */
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
  /** Talk time in seconds, 0 or more (on the ending event). */
  durationSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** The caller hung up mid-call */
  endedEarly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Needed on the first event of a call */
  from?: InputMaybe<Scalars['PhoneNumber']['input']>;
  /** When it happened (default: now) */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Recording length in seconds, 0 or more. */
  recordingSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** The provider's recording id. */
  recordingSid?: InputMaybe<Scalars['String']['input']>;
  /** Where the recording can be fetched; transcribeCall uses it. */
  recordingUrl?: InputMaybe<Scalars['String']['input']>;
  /** The new status; a status earlier than the current one is ignored. */
  status?: InputMaybe<CallStatus>;
  /** Needed on the first event of a call */
  to?: InputMaybe<Scalars['PhoneNumber']['input']>;
};

/** The recording of a call, as the telephony provider keeps it. */
export type Recording = {
  __typename?: 'Recording';
  /** Length in seconds. */
  seconds?: Maybe<Scalars['Int']['output']>;
  /** The provider's recording id. */
  sid?: Maybe<Scalars['String']['output']>;
  /** Where the provider serves the recording (may need the provider's credentials). */
  url: Scalars['String']['output'];
};

/** The result of generateQuoteFromContract */
export type RenewalQuotePayload = {
  __typename?: 'RenewalQuotePayload';
  /** The contract, now pointing at its renewal */
  contract: Contract;
  /** The new DRAFT quote, with the contract lines at their contracted prices */
  quoteId: Scalars['ID']['output'];
};

/** Ask for a password-reset email */
export type RequestPasswordResetInput = {
  /** The address of the account. */
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

/** The alert that is done */
export type ResolveAlertInput = {
  /** The alert's id (an unknown id or another organization's answers NOT_FOUND) */
  id: Scalars['ID']['input'];
};

/** The API key to revoke (revokeApiKey, apikeys:manage); it stops working at once. */
export type RevokeApiKeyInput = {
  /** The key's id; NOT_FOUND for an unknown id or another organization's. */
  id: Scalars['ID']['input'];
};

/** One change of a lead score, with its reason. Needs leads:read. */
export type ScoreEvent = Node & {
  __typename?: 'ScoreEvent';
  /** When the score changed. */
  createdAt: Scalars['DateTime']['output'];
  /** Points added (negative: removed), -100..100. */
  delta: Scalars['Int']['output'];
  /** The score event id (a UUID). */
  id: Scalars['ID']['output'];
  /** e.g. "+10 asked about pricing on call of 3 May" */
  reason: Scalars['String']['output'];
  /** The score after this change, 0–100 (clamped). */
  scoreAfter: Scalars['Int']['output'];
  /** What moved it: PROFILE, MANUAL, CALL … */
  source: Scalars['String']['output'];
};

/** A page of ScoreEvent items (Relay cursor connection); ask for more with `first` and `after`. */
export type ScoreEventConnection = {
  __typename?: 'ScoreEventConnection';
  /** The items of this page, in the list's order; at most `first` (default 20, at most MAX_PAGE_SIZE). */
  edges: Array<ScoreEventEdge>;
  /** Whether more pages exist, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** All matching items, not just this page (counted on request only). */
  totalCount: Scalars['Int']['output'];
};

/** One ScoreEvent in a ScoreEventConnection, with its cursor. */
export type ScoreEventEdge = {
  __typename?: 'ScoreEventEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. Valid as long as the list's order is unchanged. */
  cursor: Scalars['String']['output'];
  /** The ScoreEvent. */
  node: ScoreEvent;
};

/** Send a quote: freezes its current version, renders its documents, and emails the lead after commit */
export type SendQuoteInput = {
  /** Optional, 1–255 characters (a UUID is a good choice), kept 24 hours per caller (user or API key) and organization. Retrying with the same key and the same input returns the first answer without doing it again (its objects as they are now); the same key with a different input is CONFLICT on input.idempotencyKey, and so is a retry while the first request is still running. A request that fails keeps nothing: retry it with the same key. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** A personal note at the top of the email, at most 5,000 characters */
  message?: InputMaybe<Scalars['String']['input']>;
  /** The DRAFT quote to send (or a SENT one, to send its version again) */
  quoteId: Scalars['ID']['input'];
};

/** The result of sendQuote */
export type SendQuotePayload = {
  __typename?: 'SendQuotePayload';
  /** The QUOTE, SCOPE_OF_WORK and TERMS documents of that version */
  documents: Array<QuoteDocument>;
  /** The customer's page, /q/{token}: signed, unguessable; the same link is in the email */
  publicUrl: Scalars['String']['output'];
  /** When the public link stops working (410): the end of the validity plus QUOTE_LINK_TTL_DAYS */
  publicUrlExpiresAt: Scalars['DateTime']['output'];
  /** The quote, now SENT */
  quote: Quote;
  /** Id of the quote */
  quoteId: Scalars['ID']['output'];
  /** The version that was sent (frozen from now on) */
  version: Scalars['Int']['output'];
};

/** The tone of speech. */
export type Sentiment = {
  __typename?: 'Sentiment';
  /** POSITIVE, NEUTRAL or NEGATIVE. */
  label: SentimentLabel;
  /** -1 (very negative) .. 1 (very positive) */
  score: Scalars['Float']['output'];
};

/** Sentiment of each side of a call. */
export type SentimentBySpeaker = {
  __typename?: 'SentimentBySpeaker';
  /** Our side. */
  agent: Sentiment;
  /** The customer. */
  customer: Sentiment;
};

/** The tone of speech. */
export type SentimentLabel =
  /** Mostly negative; a call that ends negative can raise a NEGATIVE_CALL alert. */
  | 'NEGATIVE'
  /** Neither clearly positive nor negative. */
  | 'NEUTRAL'
  /** Mostly positive. */
  | 'POSITIVE';

/** Notification channels per alert severity. */
export type SeverityChannels = {
  __typename?: 'SeverityChannels';
  /** For CRITICAL alerts. */
  critical: Array<DeliveryChannel>;
  /** For HIGH alerts. */
  high: Array<DeliveryChannel>;
  /** For LOW alerts. */
  low: Array<DeliveryChannel>;
  /** For MEDIUM alerts. */
  medium: Array<DeliveryChannel>;
};

/** Notification channels per alert severity; each list replaces the current one. */
export type SeverityChannelsInput = {
  /** For CRITICAL alerts. */
  critical: Array<DeliveryChannel>;
  /** For HIGH alerts. */
  high: Array<DeliveryChannel>;
  /** For LOW alerts. */
  low: Array<DeliveryChannel>;
  /** For MEDIUM alerts. */
  medium: Array<DeliveryChannel>;
};

/** Minutes per alert severity; null: never. */
export type SeverityMinutes = {
  __typename?: 'SeverityMinutes';
  /** For CRITICAL alerts, 1–1440. */
  critical?: Maybe<Scalars['Int']['output']>;
  /** For HIGH alerts, 1–1440. */
  high?: Maybe<Scalars['Int']['output']>;
  /** For LOW alerts, 1–1440. */
  low?: Maybe<Scalars['Int']['output']>;
  /** For MEDIUM alerts, 1–1440. */
  medium?: Maybe<Scalars['Int']['output']>;
};

/** Minutes per alert severity before an unacknowledged alert escalates; null: never. */
export type SeverityMinutesInput = {
  /** For CRITICAL alerts, 1–1440. */
  critical?: InputMaybe<Scalars['Int']['input']>;
  /** For HIGH alerts, 1–1440. */
  high?: InputMaybe<Scalars['Int']['input']>;
  /** For LOW alerts, 1–1440. */
  low?: InputMaybe<Scalars['Int']['input']>;
  /** For MEDIUM alerts, 1–1440. */
  medium?: InputMaybe<Scalars['Int']['input']>;
};

/** A new organization and its first owner (signUp; only when the server has SIGNUP_ENABLED) */
export type SignUpInput = {
  /** The owner's sign-in email; one account per address across Switchboard (CONFLICT on input.email when taken) */
  email: Scalars['EmailAddress']['input'];
  /** The owner's name, 1–200 characters */
  name: Scalars['String']['input'];
  /** The organization name people see, 1–200 characters */
  organizationName: Scalars['String']['input'];
  /** 12–200 characters, not easy to guess (zxcvbn score 3 of 4; the email, name and organization name count as easy words) */
  password: Scalars['String']['input'];
  /** IANA time zone of the organization (e.g. Europe/Berlin) for quiet hours and call dates; default UTC */
  timezone?: InputMaybe<Scalars['String']['input']>;
};

/** Silence an alert for a while (snoozeAlert, alerts:write). */
export type SnoozeAlertInput = {
  /** The alert; NOT_FOUND for an unknown id or another organization's. */
  id: Scalars['ID']['input'];
  /** Quiet until then (at most 7 days); escalation restarts from it */
  until: Scalars['DateTime']['input'];
};

/** Who spoke. */
export type Speaker =
  /** Our side of the call. */
  | 'AGENT'
  /** The lead or customer. */
  | 'CUSTOMER';

/** An outbound call to place (startCall, calls:write). */
export type StartCallInput = {
  /** One of our phone numbers to call from */
  fromNumberId: Scalars['ID']['input'];
  /** Optional, 1–255 characters (a UUID is a good choice), kept 24 hours per caller (user or API key) and organization. Retrying with the same key and the same input returns the first answer without doing it again (its objects as they are now); the same key with a different input is CONFLICT on input.idempotencyKey, and so is a retry while the first request is still running. A request that fails keeps nothing: retry it with the same key. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The lead to call (it needs a phone number). */
  leadId: Scalars['ID']['input'];
};

/** Live events over graphql-ws, after commit, for my organization only. */
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


/** Live events over graphql-ws, after commit, for my organization only. */
export type SubscriptionAlertRaisedArgs = {
  filter?: InputMaybe<AlertRaisedFilterInput>;
};


/** Live events over graphql-ws, after commit, for my organization only. */
export type SubscriptionAlertUpdatedArgs = {
  filter?: InputMaybe<AlertUpdatedFilterInput>;
};


/** Live events over graphql-ws, after commit, for my organization only. */
export type SubscriptionCallUpdatedArgs = {
  id: Scalars['ID']['input'];
};


/** Live events over graphql-ws, after commit, for my organization only. */
export type SubscriptionLeadChangedArgs = {
  filter?: InputMaybe<LeadChangedFilterInput>;
};


/** Live events over graphql-ws, after commit, for my organization only. */
export type SubscriptionLiveCallAnalysisArgs = {
  callId: Scalars['ID']['input'];
};


/** Live events over graphql-ws, after commit, for my organization only. */
export type SubscriptionQuoteUpdatedArgs = {
  filter?: InputMaybe<QuoteUpdatedFilterInput>;
};

/** Health of the dependencies and today's numbers (systemStatus, system:read). */
export type SystemStatus = {
  __typename?: 'SystemStatus';
  /** When this status was taken. */
  checkedAt: Scalars['DateTime']['output'];
  /** One per dependency. */
  circuits: Array<CircuitStatus>;
  /** My organization's numbers, today in its time zone */
  metrics: BusinessMetrics;
};

/** The call whose recording is transcribed, then analyzed */
export type TranscribeCallInput = {
  /** The call's id (an unknown id or another organization's answers NOT_FOUND) */
  id: Scalars['ID']['input'];
};

/** What was said on a call. Needs calls:read. */
export type Transcript = Node & {
  __typename?: 'Transcript';
  /** The transcript id (a UUID). */
  id: Scalars['ID']['output'];
  /** Language code (e.g. en) when known. */
  language?: Maybe<Scalars['String']['output']>;
  /**
   * In sequence order; first is clamped to 0–2000
   * @deprecated Use segmentsConnection: pages of segments (cursors, totalCount, paging both ways) instead of the whole transcript
   */
  segments: Array<TranscriptSegment>;
  /** Segments in sequence order; 100 per page by default, at most 500 */
  segmentsConnection: TranscriptSegmentConnection;
  /** Where it came from. */
  source: TranscriptSource;
};


/** What was said on a call. Needs calls:read. */
export type TranscriptSegmentsArgs = {
  first?: Scalars['Int']['input'];
};


/** What was said on a call. Needs calls:read. */
export type TranscriptSegmentsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** One utterance of a transcript. Needs calls:read. */
export type TranscriptSegment = Node & {
  __typename?: 'TranscriptSegment';
  /** Speech-to-text confidence, 0..1; null when not given. */
  confidence?: Maybe<Scalars['Float']['output']>;
  /** End, in milliseconds from the start of the call. */
  endMs: Scalars['Int']['output'];
  /** The segment id (a UUID). */
  id: Scalars['ID']['output'];
  /** Final segments are analyzed; partials may still be replaced. */
  isFinal: Scalars['Boolean']['output'];
  /** Source sequence number: order and idempotency key */
  sequence: Scalars['Int']['output'];
  /** Who spoke. */
  speaker: Speaker;
  /** Start, in milliseconds from the start of the call. */
  startMs: Scalars['Int']['output'];
  /** What was said. */
  text: Scalars['String']['output'];
};

/** A page of TranscriptSegment items (Relay cursor connection); ask for more with `first` and `after`. */
export type TranscriptSegmentConnection = {
  __typename?: 'TranscriptSegmentConnection';
  /** The items of this page, in the list's order; at most `first` (default 20, at most MAX_PAGE_SIZE). */
  edges: Array<TranscriptSegmentEdge>;
  /** Whether more pages exist, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** All matching items, not just this page (counted on request only). */
  totalCount: Scalars['Int']['output'];
};

/** One TranscriptSegment in a TranscriptSegmentConnection, with its cursor. */
export type TranscriptSegmentEdge = {
  __typename?: 'TranscriptSegmentEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. Valid as long as the list's order is unchanged. */
  cursor: Scalars['String']['output'];
  /** The TranscriptSegment. */
  node: TranscriptSegment;
};

/** One piece of a transcript, as a speech-to-text stream delivers it. */
export type TranscriptSegmentInput = {
  /** Speech-to-text confidence, 0..1. */
  confidence?: InputMaybe<Scalars['Float']['input']>;
  /** End, in milliseconds from the start of the call, 0 or more. */
  endMs: Scalars['Int']['input'];
  /** Partials are stored but analyzed only once final */
  isFinal?: InputMaybe<Scalars['Boolean']['input']>;
  /** Order and idempotency key within the call */
  sequence: Scalars['Int']['input'];
  /** Who spoke. */
  speaker: Speaker;
  /** Start, in milliseconds from the start of the call, 0 or more. */
  startMs: Scalars['Int']['input'];
  /** What was said, 1–10000 characters. */
  text: Scalars['String']['input'];
};

/** Where a transcript came from. */
export type TranscriptSource =
  /** Entered by a person. */
  | 'MANUAL'
  /** Streamed during the call (Twilio or a bridge). */
  | 'REALTIME'
  /** Transcribed from the recording afterwards (transcribeCall). */
  | 'WHISPER';

/** A Twilio number of the organization (DESIGN.md PhoneNumber; the name PhoneNumber is the E.164 scalar). Read with calls:read; managed with numbers:manage. */
export type TwilioNumber = Node & {
  __typename?: 'TwilioNumber';
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** E.164 */
  e164: Scalars['PhoneNumber']['output'];
  /** Inbound calls ring this number (E.164) */
  forwardTo?: Maybe<Scalars['PhoneNumber']['output']>;
  /** The number record id (a UUID). */
  id: Scalars['ID']['output'];
  /** A name for people. */
  label: Scalars['String']['output'];
  /** e.g. SALES, SUPPORT */
  purpose: Scalars['String']['output'];
};

/** A page of TwilioNumber items (Relay cursor connection); ask for more with `first` and `after`. */
export type TwilioNumberConnection = {
  __typename?: 'TwilioNumberConnection';
  /** The items of this page, in the list's order; at most `first` (default 20, at most MAX_PAGE_SIZE). */
  edges: Array<TwilioNumberEdge>;
  /** Whether more pages exist, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** All matching items, not just this page (counted on request only). */
  totalCount: Scalars['Int']['output'];
};

/** One TwilioNumber in a TwilioNumberConnection, with its cursor. */
export type TwilioNumberEdge = {
  __typename?: 'TwilioNumberEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. Valid as long as the list's order is unchanged. */
  cursor: Scalars['String']['output'];
  /** The TwilioNumber. */
  node: TwilioNumber;
};

/** Changes to an action item (updateActionItem, calls:write); omitted fields stay. */
export type UpdateActionItemInput = {
  /** What to do, 1–1000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When it is due; null clears. */
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The action item; NOT_FOUND for an unknown id or another organization's. */
  id: Scalars['ID']['input'];
  /** OPEN, DONE or CANCELED; DONE sets completedAt. */
  status?: InputMaybe<ActionItemStatus>;
};

/** Change an organization's template of one document kind. Omitted blocks stay; null or blank goes back to the default */
export type UpdateDocumentTemplateInput = {
  /** Handlebars, at most 10,000 characters */
  body?: InputMaybe<Scalars['String']['input']>;
  /** Handlebars, at most 10,000 characters */
  footer?: InputMaybe<Scalars['String']['input']>;
  /** Handlebars, at most 10,000 characters */
  intro?: InputMaybe<Scalars['String']['input']>;
  /** The document whose blocks to set */
  kind: QuoteDocumentKind;
  /** Handlebars, at most 10,000 characters */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to one lead, named by id (updateLead, leads:write). Shares its fields with UpsertLeadInput on purpose (LeadFieldsInput): update names the lead by id; upsert finds it by externalId, email or phone and needs a name in case it creates it. */
export type UpdateLeadInput = {
  /** Budget in minor units (cents), 0 or more, with budgetCurrency; null clears. */
  budgetCents?: InputMaybe<Scalars['Int']['input']>;
  /** ISO 4217 code of budgetCents, e.g. USD. */
  budgetCurrency?: InputMaybe<Scalars['Currency']['input']>;
  /** Company name, at most 200 characters; null clears. */
  company?: InputMaybe<Scalars['String']['input']>;
  /** Extra fields as a JSON object (up to 50 keys: letters, digits and _, starting with a letter); replaces the lead's custom fields. */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  /** Stored lower-cased; unique per organization among leads; null clears. */
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  /** Your own id for this lead; upserts match on it first */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The lead to change; NOT_FOUND for an unknown id or another organization's. */
  id: Scalars['ID']['input'];
  /** Display name, 1–200 characters; cannot be cleared. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A user of this organization who owns the lead (BAD_USER_INPUT on ownerId otherwise); null clears. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** E.164, e.g. +15125550100 */
  phone?: InputMaybe<Scalars['PhoneNumber']['input']>;
  /** Where the lead first came from: set when it is created; updates (updateLead, upsertLead, importLeads) keep it */
  source?: InputMaybe<LeadSource>;
  /** Pipeline stage (NEW when a lead is created without one). */
  status?: InputMaybe<LeadStatus>;
  /** Up to 50 labels; replaces the lead's tags. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Changes to my organization (updateOrganization, org:manage: owners only); omitted fields stay. */
export type UpdateOrganizationInput = {
  /** What happens when the monthly AI budget is used up. */
  aiBudgetPolicy?: InputMaybe<AiBudgetPolicy>;
  /** Monthly AI budget in micro-dollars; null removes the budget */
  aiMonthlyBudgetMicros?: InputMaybe<Scalars['Float']['input']>;
  /** Escalation, routing, quiet hours and Slack; merged into the current settings. */
  alertSettings?: InputMaybe<AlertSettingsInput>;
  /** Score (1–100) at or above which a lead is HOT; changing it re-derives every lead */
  hotThreshold?: InputMaybe<Scalars['Int']['input']>;
  /** Display name, 1–200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** IANA time zone, e.g. America/Chicago */
  timezone?: InputMaybe<Scalars['String']['input']>;
  /** Score (1–100, below hotThreshold) at or above which a lead is WARM; changing it re-derives every lead */
  warmThreshold?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to one of our numbers (updatePhoneNumber, numbers:manage); omitted fields stay. */
export type UpdatePhoneNumberInput = {
  /** Inbound calls ring this number (E.164); null clears. */
  forwardTo?: InputMaybe<Scalars['PhoneNumber']['input']>;
  /** The number's id; NOT_FOUND for an unknown id or another organization's. */
  id: Scalars['ID']['input'];
  /** A name for people, at most 100 characters. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** What the line is for, e.g. SALES or SUPPORT, 1–30 characters. */
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

/** Matched by externalId, else email, else phone; created when none matches (upsertLead, leads:write). Same fields as UpdateLeadInput by design, see there. */
export type UpsertLeadInput = {
  /** Budget in minor units (cents), 0 or more, with budgetCurrency; null clears. */
  budgetCents?: InputMaybe<Scalars['Int']['input']>;
  /** ISO 4217 code of budgetCents, e.g. USD. */
  budgetCurrency?: InputMaybe<Scalars['Currency']['input']>;
  /** Company name, at most 200 characters; null clears. */
  company?: InputMaybe<Scalars['String']['input']>;
  /** Extra fields as a JSON object (up to 50 keys: letters, digits and _, starting with a letter); replaces the lead's custom fields. */
  customFields?: InputMaybe<Scalars['JSONObject']['input']>;
  /** Stored lower-cased; unique per organization among leads; null clears. */
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  /** Your own id for this lead; upserts match on it first */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Optional, 1–255 characters (a UUID is a good choice), kept 24 hours per caller (user or API key) and organization. Retrying with the same key and the same input returns the first answer without doing it again (its objects as they are now); the same key with a different input is CONFLICT on input.idempotencyKey, and so is a retry while the first request is still running. A request that fails keeps nothing: retry it with the same key. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Display name, 1–200 characters; required because the upsert may create the lead. */
  name: Scalars['String']['input'];
  /** A user of this organization who owns the lead (BAD_USER_INPUT on ownerId otherwise); null clears. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** E.164, e.g. +15125550100 */
  phone?: InputMaybe<Scalars['PhoneNumber']['input']>;
  /** Where the lead first came from: set when it is created; updates (updateLead, upsertLead, importLeads) keep it */
  source?: InputMaybe<LeadSource>;
  /** Pipeline stage (NEW when a lead is created without one). */
  status?: InputMaybe<LeadStatus>;
  /** Up to 50 labels; replaces the lead's tags. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The result of upsertLead. */
export type UpsertLeadPayload = {
  __typename?: 'UpsertLeadPayload';
  /** False when an existing lead was found and updated */
  created: Scalars['Boolean']['output'];
  /** The lead as stored, new or updated. */
  lead: Lead;
};

/** AI usage and cost of one group (an operation, a model, a day) or of everything. */
export type UsageBreakdown = {
  __typename?: 'UsageBreakdown';
  /** Seconds of audio transcribed. */
  audioSeconds: Scalars['Float']['output'];
  /** Micro-dollars */
  costMicroDollars: Scalars['Float']['output'];
  /** Prompt tokens sent. */
  inputTokens: Scalars['Float']['output'];
  /** Operation, provider:model, or YYYY-MM-DD */
  key: Scalars['String']['output'];
  /** AI calls made */
  operations: Scalars['Int']['output'];
  /** Completion tokens received. */
  outputTokens: Scalars['Float']['output'];
};

/** A person of the organization. Visible to any signed-in member (as owner, acknowledger …); listed with users:manage. */
export type User = Node & {
  __typename?: 'User';
  /** False once deactivated: they cannot sign in. */
  active: Scalars['Boolean']['output'];
  /** When the account was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Sign-in address; unique across Switchboard. */
  email: Scalars['EmailAddress']['output'];
  /** The user id (a UUID). */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** Where CRITICAL alerts reach them by SMS */
  phone?: Maybe<Scalars['PhoneNumber']['output']>;
  /** What they may do. */
  role: UserRole;
};

/** A page of User items (Relay cursor connection); ask for more with `first` and `after`. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The items of this page, in the list's order; at most `first` (default 20, at most MAX_PAGE_SIZE). */
  edges: Array<UserEdge>;
  /** Whether more pages exist, and the cursors to reach them. */
  pageInfo: PageInfo;
  /** All matching items, not just this page (counted on request only). */
  totalCount: Scalars['Int']['output'];
};

/** One User in a UserConnection, with its cursor. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. Valid as long as the list's order is unchanged. */
  cursor: Scalars['String']['output'];
  /** The User. */
  node: User;
};

/** The result of a user mutation. */
export type UserPayload = {
  __typename?: 'UserPayload';
  /** The user as stored after the mutation. */
  user: User;
};

/** What a person may do (Viewer.permissions lists the resulting permissions). */
export type UserRole =
  /** Works leads, calls and alerts; manages users, API keys and numbers; reads audit and usage. */
  | 'ADMIN'
  /** Reads and works leads, calls and alerts. */
  | 'AGENT'
  /** Everything, including organization settings (org:manage). */
  | 'OWNER'
  /** Reads leads, calls and alerts; changes only their own password. */
  | 'VIEWER';

/** Who is calling */
export type Viewer = {
  __typename?: 'Viewer';
  /** Set when calling with an API key */
  apiKey?: Maybe<ApiKey>;
  /** The organization every query and mutation of this caller is scoped to. */
  organization: Organization;
  /** What this caller may do, sorted, e.g. leads:read; a field needing a permission not listed answers FORBIDDEN. */
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


export type AuditEventsQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'AuditEventEdge', node: { __typename?: 'AuditEvent', id: string, actorType: AuditActorType, actorId?: string | null, action: string, entityType: string, entityId?: string | null, before?: Record<string, unknown> | null, after?: Record<string, unknown> | null, requestId?: string | null } }> } };

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


export type AiUsageDetailQuery = { __typename?: 'Query', aiUsage: { __typename?: 'AiUsageReport', from: string, to: string, costPerCall?: number | null, costPerEmail?: number | null, costPerQuote?: number | null, total: { __typename?: 'UsageBreakdown', key: string, costMicroDollars: number, operations: number, inputTokens: number, outputTokens: number, audioSeconds: number }, byOperation: Array<{ __typename?: 'UsageBreakdown', key: string, costMicroDollars: number, operations: number, inputTokens: number, outputTokens: number, audioSeconds: number }>, byModel: Array<{ __typename?: 'UsageBreakdown', key: string, costMicroDollars: number, operations: number, inputTokens: number, outputTokens: number, audioSeconds: number }>, byDay: Array<{ __typename?: 'UsageBreakdown', key: string, costMicroDollars: number, operations: number, inputTokens: number, outputTokens: number, audioSeconds: number }>, budget: { __typename?: 'BudgetStatus', budgetMicros?: number | null, spentMonthToDateMicros: number, percentUsed?: number | null, policy: AiBudgetPolicy } } };

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


export type AcknowledgeAlertMutation = { __typename?: 'Mutation', acknowledgeAlert: { __typename?: 'AlertPayload', alert: { __typename?: 'Alert', id: string, type: AlertType, severity: AlertSeverity, title: string, body?: string | null, subjectType?: string | null, subjectId?: string | null, dedupKey: string, status: AlertStatus, count: number, lastSeenAt: string, escalationLevel: number, escalatedAt: string, snoozedUntil?: string | null, acknowledgedAt?: string | null, acknowledgedBy?: string | null, resolvedAt?: string | null, resolvedBy?: string | null, createdAt: string, acknowledgedByUser?: { __typename?: 'User', id: string, name: string } | null } } };

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


export type AiUsageQuery = { __typename?: 'Query', aiUsage: { __typename?: 'AiUsageReport', from: string, to: string, costPerCall?: number | null, costPerEmail?: number | null, costPerQuote?: number | null, total: { __typename?: 'UsageBreakdown', key: string, costMicroDollars: number, operations: number, inputTokens: number, outputTokens: number, audioSeconds: number }, byOperation: Array<{ __typename?: 'UsageBreakdown', key: string, costMicroDollars: number, operations: number }>, byModel: Array<{ __typename?: 'UsageBreakdown', key: string, costMicroDollars: number, operations: number }>, byDay: Array<{ __typename?: 'UsageBreakdown', key: string, costMicroDollars: number, operations: number }>, budget: { __typename?: 'BudgetStatus', budgetMicros?: number | null, spentMonthToDateMicros: number, percentUsed?: number | null, policy: AiBudgetPolicy } } };

export type SystemStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemStatusQuery = { __typename?: 'Query', systemStatus: { __typename?: 'SystemStatus', checkedAt: string, circuits: Array<{ __typename?: 'CircuitStatus', name: string, state: string, configured: boolean, consecutiveFailures: number, changedAt: string, lastFailure?: string | null }>, metrics: { __typename?: 'BusinessMetrics', callsToday: number, callSuccessRate?: number | null, averageAnalysisLatencyMs?: number | null, hotLeadsToday: number, aiSpendMonthToDateMicros: number } } };

export type OrganizationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationSettingsQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', id: string, timezone: string, aiMonthlyBudgetMicros?: number | null, aiBudgetPolicy: AiBudgetPolicy, alertSettings: { __typename?: 'AlertSettings', slackWebhookConfigured: boolean, escalationMinutes: { __typename?: 'SeverityMinutes', critical?: number | null, high?: number | null, medium?: number | null, low?: number | null }, routing: { __typename?: 'SeverityChannels', critical: Array<DeliveryChannel>, high: Array<DeliveryChannel>, medium: Array<DeliveryChannel>, low: Array<DeliveryChannel> }, quietHours?: { __typename?: 'QuietHours', start: string, end: string } | null } } };

export type UpdateOrganizationSettingsMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type UpdateOrganizationSettingsMutation = { __typename?: 'Mutation', updateOrganization: { __typename?: 'OrganizationPayload', organization: { __typename?: 'Organization', id: string, aiMonthlyBudgetMicros?: number | null, aiBudgetPolicy: AiBudgetPolicy, alertSettings: { __typename?: 'AlertSettings', slackWebhookConfigured: boolean, escalationMinutes: { __typename?: 'SeverityMinutes', critical?: number | null, high?: number | null }, routing: { __typename?: 'SeverityChannels', critical: Array<DeliveryChannel>, high: Array<DeliveryChannel>, medium: Array<DeliveryChannel>, low: Array<DeliveryChannel> }, quietHours?: { __typename?: 'QuietHours', start: string, end: string } | null } } } };

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

export type AnalysisFieldsFragment = { __typename?: 'CallAnalysis', kind: AnalysisKind, summary: string, provider: string, model: string, promptVersion: string, degraded: boolean, costMicroDollars: number, timezone?: string | null, segmentsAnalyzed: number, sentiment: { __typename?: 'Sentiment', label: SentimentLabel, score: number }, sentimentBySpeaker: { __typename?: 'SentimentBySpeaker', agent: { __typename?: 'Sentiment', label: SentimentLabel, score: number }, customer: { __typename?: 'Sentiment', label: SentimentLabel, score: number } }, buyingSignals: Array<{ __typename?: 'BuyingSignal', kind: BuyingSignalKind, quote: string, segmentSequence: number }>, objections: Array<{ __typename?: 'Objection', kind: ObjectionKind, quote: string, segmentSequence: number }>, metrics: { __typename?: 'ConversationMetrics', agentTalkRatio: number, questionsByAgent: number, questionsByCustomer: number, longestMonologueMs: number, longestMonologueSpeaker?: Speaker | null } };

export type CallQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CallQuery = { __typename?: 'Query', call?: { __typename?: 'Call', id: string, direction: CallDirection, fromNumber: string, toNumber: string, twilioCallSid: string, status: CallStatus, startedAt?: string | null, answeredAt?: string | null, endedAt?: string | null, durationSeconds?: number | null, analysisStatus: AnalysisStatus, endedEarly: boolean, transcript?: { __typename?: 'Transcript', source: TranscriptSource, segments: Array<{ __typename?: 'TranscriptSegment', sequence: number, speaker: Speaker, text: string, isFinal: boolean }> } | null, analysis?: { __typename?: 'CallAnalysis', kind: AnalysisKind, summary: string, provider: string, model: string, promptVersion: string, degraded: boolean, costMicroDollars: number, timezone?: string | null, segmentsAnalyzed: number, sentiment: { __typename?: 'Sentiment', label: SentimentLabel, score: number }, sentimentBySpeaker: { __typename?: 'SentimentBySpeaker', agent: { __typename?: 'Sentiment', label: SentimentLabel, score: number }, customer: { __typename?: 'Sentiment', label: SentimentLabel, score: number } }, buyingSignals: Array<{ __typename?: 'BuyingSignal', kind: BuyingSignalKind, quote: string, segmentSequence: number }>, objections: Array<{ __typename?: 'Objection', kind: ObjectionKind, quote: string, segmentSequence: number }>, metrics: { __typename?: 'ConversationMetrics', agentTalkRatio: number, questionsByAgent: number, questionsByCustomer: number, longestMonologueMs: number, longestMonologueSpeaker?: Speaker | null } } | null, actionItems: Array<{ __typename?: 'ActionItem', id: string, description: string, owner: Speaker, dueAt?: string | null, status: ActionItemStatus }>, appointments: Array<{ __typename?: 'Appointment', id: string, startsAt: string, purpose: AppointmentPurpose, status: AppointmentStatus, quote?: string | null }>, recording?: { __typename?: 'Recording', url: string, sid?: string | null, seconds?: number | null } | null, lead?: { __typename?: 'Lead', id: string, name: string, phone?: string | null, score: number, temperature: LeadTemperature } | null } | null };

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

export type LeadChangedWithOwnerSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LeadChangedWithOwnerSubscription = { __typename?: 'Subscription', leadChanged: { __typename?: 'LeadChangedEvent', kind: LeadChangeKind, leadId: string, lead?: { __typename?: 'Lead', id: string, status: LeadStatus, owner?: { __typename?: 'User', id: string, name: string } | null } | null } };

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
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
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

export type LeadsWithCallsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  calls?: InputMaybe<Scalars['Int']['input']>;
  lastCalls?: InputMaybe<Scalars['Int']['input']>;
  beforeCall?: InputMaybe<Scalars['String']['input']>;
  afterCall?: InputMaybe<Scalars['String']['input']>;
}>;


export type LeadsWithCallsQuery = { __typename?: 'Query', leads: { __typename?: 'LeadConnection', edges: Array<{ __typename?: 'LeadEdge', node: { __typename?: 'Lead', id: string, name: string, calls: Array<{ __typename?: 'Call', id: string }>, callsConnection: { __typename?: 'CallConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'CallEdge', cursor: string, node: { __typename?: 'Call', id: string, status: CallStatus, durationSeconds?: number | null, createdAt: string } }> } } }> } };

type NodeFields_ActionItem_Fragment = { __typename: 'ActionItem', id: string };

type NodeFields_Alert_Fragment = { __typename: 'Alert', title: string, id: string };

type NodeFields_ApiKey_Fragment = { __typename: 'ApiKey', prefix: string, id: string };

type NodeFields_Appointment_Fragment = { __typename: 'Appointment', id: string };

type NodeFields_AuditEvent_Fragment = { __typename: 'AuditEvent', action: string, id: string };

type NodeFields_Call_Fragment = { __typename: 'Call', status: CallStatus, id: string };

type NodeFields_CallAnalysis_Fragment = { __typename: 'CallAnalysis', id: string };

type NodeFields_Contract_Fragment = { __typename: 'Contract', id: string };

type NodeFields_Lead_Fragment = { __typename: 'Lead', name: string, id: string };

type NodeFields_NotificationDelivery_Fragment = { __typename: 'NotificationDelivery', id: string };

type NodeFields_Organization_Fragment = { __typename: 'Organization', name: string, id: string };

type NodeFields_Product_Fragment = { __typename: 'Product', id: string };

type NodeFields_Quote_Fragment = { __typename: 'Quote', id: string };

type NodeFields_ScoreEvent_Fragment = { __typename: 'ScoreEvent', delta: number, id: string };

type NodeFields_Transcript_Fragment = { __typename: 'Transcript', id: string };

type NodeFields_TranscriptSegment_Fragment = { __typename: 'TranscriptSegment', id: string };

type NodeFields_TwilioNumber_Fragment = { __typename: 'TwilioNumber', id: string };

type NodeFields_User_Fragment = { __typename: 'User', email: string, id: string };

export type NodeFieldsFragment = NodeFields_ActionItem_Fragment | NodeFields_Alert_Fragment | NodeFields_ApiKey_Fragment | NodeFields_Appointment_Fragment | NodeFields_AuditEvent_Fragment | NodeFields_Call_Fragment | NodeFields_CallAnalysis_Fragment | NodeFields_Contract_Fragment | NodeFields_Lead_Fragment | NodeFields_NotificationDelivery_Fragment | NodeFields_Organization_Fragment | NodeFields_Product_Fragment | NodeFields_Quote_Fragment | NodeFields_ScoreEvent_Fragment | NodeFields_Transcript_Fragment | NodeFields_TranscriptSegment_Fragment | NodeFields_TwilioNumber_Fragment | NodeFields_User_Fragment;

export type NodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeQuery = { __typename?: 'Query', node?: { __typename: 'ActionItem', id: string } | { __typename: 'Alert', title: string, id: string } | { __typename: 'ApiKey', prefix: string, id: string } | { __typename: 'Appointment', id: string } | { __typename: 'AuditEvent', action: string, id: string } | { __typename: 'Call', status: CallStatus, id: string } | { __typename: 'CallAnalysis', id: string } | { __typename: 'Contract', id: string } | { __typename: 'Lead', name: string, id: string } | { __typename: 'NotificationDelivery', id: string } | { __typename: 'Organization', name: string, id: string } | { __typename: 'Product', id: string } | { __typename: 'Quote', id: string } | { __typename: 'ScoreEvent', delta: number, id: string } | { __typename: 'Transcript', id: string } | { __typename: 'TranscriptSegment', id: string } | { __typename: 'TwilioNumber', id: string } | { __typename: 'User', email: string, id: string } | null };

export type NodesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type NodesQuery = { __typename?: 'Query', nodes: Array<{ __typename: 'ActionItem', id: string } | { __typename: 'Alert', title: string, id: string } | { __typename: 'ApiKey', prefix: string, id: string } | { __typename: 'Appointment', id: string } | { __typename: 'AuditEvent', action: string, id: string } | { __typename: 'Call', status: CallStatus, id: string } | { __typename: 'CallAnalysis', id: string } | { __typename: 'Contract', id: string } | { __typename: 'Lead', name: string, id: string } | { __typename: 'NotificationDelivery', id: string } | { __typename: 'Organization', name: string, id: string } | { __typename: 'Product', id: string } | { __typename: 'Quote', id: string } | { __typename: 'ScoreEvent', delta: number, id: string } | { __typename: 'Transcript', id: string } | { __typename: 'TranscriptSegment', id: string } | { __typename: 'TwilioNumber', id: string } | { __typename: 'User', email: string, id: string } | null> };

export type SendQuoteMutationVariables = Exact<{
  input: SendQuoteInput;
}>;


export type SendQuoteMutation = { __typename?: 'Mutation', sendQuote: { __typename?: 'SendQuotePayload', quoteId: string, version: number, publicUrl: string, publicUrlExpiresAt: string, documents: Array<{ __typename?: 'QuoteDocument', id: string, kind: QuoteDocumentKind, version: number, url: string, sha256: string, sizeBytes: number, createdAt: string }> } };

export type GenerateContractMutationVariables = Exact<{
  input: GenerateContractInput;
}>;


export type GenerateContractMutation = { __typename?: 'Mutation', generateContract: { __typename?: 'ContractPayload', contract: { __typename?: 'Contract', id: string, quoteId: string, leadId: string, version: number, title: string, startsOn: string, endsOn: string, renewals: number, renewalQuoteId?: string | null, supplier: { __typename?: 'ContractParty', name: string }, customer: { __typename?: 'ContractParty', name: string, company?: string | null, email?: string | null }, lines: Array<{ __typename?: 'ContractLine', description: string, quantity: string, unit: string, taxRatePercent: string, unitPrice: { __typename?: 'Money', amountCents: number, currency: string }, lineTotal: { __typename?: 'Money', amountCents: number, currency: string } }>, total: { __typename?: 'Money', amountCents: number, currency: string }, acceptance: { __typename?: 'QuoteDecision', decision: QuoteDecisionKind, name?: string | null, documentSha256: string, decidedAt: string }, document?: { __typename?: 'QuoteDocument', kind: QuoteDocumentKind, url: string, sha256: string } | null } } };

export type GenerateQuoteFromContractMutationVariables = Exact<{
  input: GenerateQuoteFromContractInput;
}>;


export type GenerateQuoteFromContractMutation = { __typename?: 'Mutation', generateQuoteFromContract: { __typename?: 'RenewalQuotePayload', quoteId: string, contract: { __typename?: 'Contract', id: string, renewals: number, renewalQuoteId?: string | null } } };

export type ContractsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ContractsQuery = { __typename?: 'Query', contracts: { __typename?: 'ContractConnection', edges: Array<{ __typename?: 'ContractEdge', cursor: string, node: { __typename?: 'Contract', id: string, quoteId: string, title: string, total: { __typename?: 'Money', amountCents: number, currency: string }, document?: { __typename?: 'QuoteDocument', kind: QuoteDocumentKind, sha256: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ContractQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContractQuery = { __typename?: 'Query', contract?: { __typename?: 'Contract', id: string, quoteId: string, title: string } | null };

export type DocumentTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type DocumentTemplatesQuery = { __typename?: 'Query', documentTemplates: Array<{ __typename?: 'DocumentTemplate', kind: QuoteDocumentKind, custom: { __typename?: 'DocumentTemplateBlocks', title?: string | null, intro?: string | null, body?: string | null, footer?: string | null }, defaults: { __typename?: 'DocumentTemplateBlocks', title?: string | null, intro?: string | null, body?: string | null, footer?: string | null } }> };

export type UpdateDocumentTemplateMutationVariables = Exact<{
  input: UpdateDocumentTemplateInput;
}>;


export type UpdateDocumentTemplateMutation = { __typename?: 'Mutation', updateDocumentTemplate: { __typename?: 'DocumentTemplatePayload', template: { __typename?: 'DocumentTemplate', kind: QuoteDocumentKind, custom: { __typename?: 'DocumentTemplateBlocks', title?: string | null, intro?: string | null, body?: string | null, footer?: string | null } } } };

export type QuoteDocumentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type QuoteDocumentsQuery = { __typename?: 'Query', quote?: { __typename?: 'Quote', id: string, status: QuoteStatus, sentVersionNumber?: number | null, documents: Array<{ __typename?: 'QuoteDocument', id: string, kind: QuoteDocumentKind, version: number, url: string, sha256: string, sizeBytes: number }>, decision?: { __typename?: 'QuoteDecision', decision: QuoteDecisionKind, name?: string | null, version: number, documentSha256: string, ip: string, userAgent?: string | null, decidedAt: string } | null } | null };

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

export type AcknowledgeAlertByBareIdMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcknowledgeAlertByBareIdMutation = { __typename?: 'Mutation', acknowledgeAlert: { __typename?: 'AlertPayload', alert: { __typename?: 'Alert', id: string, status: AlertStatus } } };

export type AnalyzeCallByBareIdMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AnalyzeCallByBareIdMutation = { __typename?: 'Mutation', analyzeCall: { __typename?: 'CallPayload', call: { __typename?: 'Call', id: string, analysisStatus: AnalysisStatus } } };

export type ConfirmAppointmentByBareIdMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConfirmAppointmentByBareIdMutation = { __typename?: 'Mutation', confirmAppointment: { __typename?: 'AppointmentPayload', appointment: { __typename?: 'Appointment', id: string, status: AppointmentStatus } } };

export type DeletePhoneNumberByBareIdMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeletePhoneNumberByBareIdMutation = { __typename?: 'Mutation', deletePhoneNumber: { __typename?: 'DeletePhoneNumberPayload', deletedPhoneNumberId: string } };

export type ResolveAlertBothIdsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResolveAlertBothIdsMutation = { __typename?: 'Mutation', resolveAlert: { __typename?: 'AlertPayload', alert: { __typename?: 'Alert', id: string } } };

export type UsersConnectionQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type UsersConnectionQuery = { __typename?: 'Query', usersConnection: { __typename?: 'UserConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'UserEdge', cursor: string, node: { __typename?: 'User', id: string, email: string, role: UserRole } }> } };

export type ApiKeysConnectionQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ApiKeysConnectionQuery = { __typename?: 'Query', apiKeysConnection: { __typename?: 'ApiKeyConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ApiKeyEdge', node: { __typename?: 'ApiKey', id: string, prefix: string, revokedAt?: string | null } }> } };

export type PhoneNumbersConnectionQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PhoneNumbersConnectionQuery = { __typename?: 'Query', phoneNumbersConnection: { __typename?: 'TwilioNumberConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'TwilioNumberEdge', node: { __typename?: 'TwilioNumber', id: string, e164: string } }> } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { __typename?: 'Mutation', signUp: { __typename?: 'LoginPayload', token: string, expiresAt: string, user: { __typename?: 'User', id: string, email: string, role: UserRole } } };

export type LeadScoreQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LeadScoreQuery = { __typename?: 'Query', lead?: { __typename?: 'Lead', id: string, score: number, scoreHistory: Array<{ __typename?: 'ScoreEvent', delta: number, reason: string }> } | null };

export const UsageBreakdownFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsageBreakdownFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsageBreakdown"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"costMicroDollars"}},{"kind":"Field","name":{"kind":"Name","value":"operations"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"audioSeconds"}}]}}]} as unknown as DocumentNode<UsageBreakdownFieldsFragment, unknown>;
export const AlertFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"dedupKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AlertFieldsFragment, unknown>;
export const CallFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"fromNumber"}},{"kind":"Field","name":{"kind":"Name","value":"toNumber"}},{"kind":"Field","name":{"kind":"Name","value":"twilioCallSid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"analysisStatus"}},{"kind":"Field","name":{"kind":"Name","value":"endedEarly"}},{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"seconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}}]}}]}}]} as unknown as DocumentNode<CallFieldsFragment, unknown>;
export const AnalysisFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalysisFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallAnalysis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"promptVersion"}},{"kind":"Field","name":{"kind":"Name","value":"degraded"}},{"kind":"Field","name":{"kind":"Name","value":"costMicroDollars"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"segmentsAnalyzed"}},{"kind":"Field","name":{"kind":"Name","value":"sentiment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentimentBySpeaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"buyingSignals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"segmentSequence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"segmentSequence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentTalkRatio"}},{"kind":"Field","name":{"kind":"Name","value":"questionsByAgent"}},{"kind":"Field","name":{"kind":"Name","value":"questionsByCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"longestMonologueMs"}},{"kind":"Field","name":{"kind":"Name","value":"longestMonologueSpeaker"}}]}}]}}]} as unknown as DocumentNode<AnalysisFieldsFragment, unknown>;
export const LeadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LeadFieldsFragment, unknown>;
export const NodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delta"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefix"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<NodeFieldsFragment, unknown>;
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
export const AcknowledgeAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedByUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"dedupKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AcknowledgeAlertMutation, AcknowledgeAlertMutationVariables>;
export const ResolveAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"dedupKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ResolveAlertMutation, ResolveAlertMutationVariables>;
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
export const CallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Call"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallFields"}},{"kind":"Field","name":{"kind":"Name","value":"transcript"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"isFinal"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"analysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalysisFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"fromNumber"}},{"kind":"Field","name":{"kind":"Name","value":"toNumber"}},{"kind":"Field","name":{"kind":"Name","value":"twilioCallSid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"analysisStatus"}},{"kind":"Field","name":{"kind":"Name","value":"endedEarly"}},{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"seconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalysisFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallAnalysis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"promptVersion"}},{"kind":"Field","name":{"kind":"Name","value":"degraded"}},{"kind":"Field","name":{"kind":"Name","value":"costMicroDollars"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"segmentsAnalyzed"}},{"kind":"Field","name":{"kind":"Name","value":"sentiment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentimentBySpeaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"buyingSignals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"segmentSequence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"segmentSequence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentTalkRatio"}},{"kind":"Field","name":{"kind":"Name","value":"questionsByAgent"}},{"kind":"Field","name":{"kind":"Name","value":"questionsByCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"longestMonologueMs"}},{"kind":"Field","name":{"kind":"Name","value":"longestMonologueSpeaker"}}]}}]}}]} as unknown as DocumentNode<CallQuery, CallQueryVariables>;
export const CallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Calls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CallFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CallOrderByInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"fromNumber"}},{"kind":"Field","name":{"kind":"Name","value":"toNumber"}},{"kind":"Field","name":{"kind":"Name","value":"twilioCallSid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"analysisStatus"}},{"kind":"Field","name":{"kind":"Name","value":"endedEarly"}},{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"seconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}}]}}]}}]} as unknown as DocumentNode<CallsQuery, CallsQueryVariables>;
export const LeadCallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadCalls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"calls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<LeadCallsQuery, LeadCallsQueryVariables>;
export const AppointmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Appointments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointmentFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppointmentsQuery, AppointmentsQueryVariables>;
export const PhoneNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhoneNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTo"}}]}}]}}]} as unknown as DocumentNode<PhoneNumbersQuery, PhoneNumbersQueryVariables>;
export const CreatePhoneNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePhoneNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTo"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePhoneNumberMutation, CreatePhoneNumberMutationVariables>;
export const UpdatePhoneNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePhoneNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePhoneNumberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"forwardTo"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePhoneNumberMutation, UpdatePhoneNumberMutationVariables>;
export const DeletePhoneNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePhoneNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedPhoneNumberId"}}]}}]}}]} as unknown as DocumentNode<DeletePhoneNumberMutation, DeletePhoneNumberMutationVariables>;
export const RecordCallEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCallEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCallEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCallEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"fromNumber"}},{"kind":"Field","name":{"kind":"Name","value":"toNumber"}},{"kind":"Field","name":{"kind":"Name","value":"twilioCallSid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"analysisStatus"}},{"kind":"Field","name":{"kind":"Name","value":"endedEarly"}},{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"seconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}}]}}]}}]} as unknown as DocumentNode<RecordCallEventMutation, RecordCallEventMutationVariables>;
export const AppendTranscriptSegmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppendTranscriptSegments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppendTranscriptSegmentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appendTranscriptSegments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AppendTranscriptSegmentsMutation, AppendTranscriptSegmentsMutationVariables>;
export const StartCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartCallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"fromNumber"}},{"kind":"Field","name":{"kind":"Name","value":"toNumber"}},{"kind":"Field","name":{"kind":"Name","value":"twilioCallSid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"analysisStatus"}},{"kind":"Field","name":{"kind":"Name","value":"endedEarly"}},{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sid"}},{"kind":"Field","name":{"kind":"Name","value":"seconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}}]}}]}}]} as unknown as DocumentNode<StartCallMutation, StartCallMutationVariables>;
export const AnalyzeCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnalyzeCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analyzeCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"analysisStatus"}}]}}]}}]}}]} as unknown as DocumentNode<AnalyzeCallMutation, AnalyzeCallMutationVariables>;
export const TranscribeCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TranscribeCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transcribeCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"analysisStatus"}}]}}]}}]}}]} as unknown as DocumentNode<TranscribeCallMutation, TranscribeCallMutationVariables>;
export const UpdateActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateActionItemMutation, UpdateActionItemMutationVariables>;
export const CompleteActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteActionItemMutation, CompleteActionItemMutationVariables>;
export const ConfirmAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmAppointmentMutation, ConfirmAppointmentMutationVariables>;
export const CancelAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CancelAppointmentMutation, CancelAppointmentMutationVariables>;
export const CallUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CallUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"analysisStatus"}}]}}]}}]}}]} as unknown as DocumentNode<CallUpdatedSubscription, CallUpdatedSubscriptionVariables>;
export const LiveCallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"twilioCallSid"}}]}}]}}]}}]} as unknown as DocumentNode<LiveCallsSubscription, LiveCallsSubscriptionVariables>;
export const LiveCallAnalysisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveCallAnalysis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveCallAnalysis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"segment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segmentSentiment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newBuyingSignals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newObjections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"analysis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"segmentsAnalyzed"}},{"kind":"Field","name":{"kind":"Name","value":"sentiment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentTalkRatio"}},{"kind":"Field","name":{"kind":"Name","value":"questionsByCustomer"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LiveCallAnalysisSubscription, LiveCallAnalysisSubscriptionVariables>;
export const AlertRaisedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AlertRaised"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRaisedFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertRaised"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AlertRaisedSubscription, AlertRaisedSubscriptionVariables>;
export const LeadChangedWithOwnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LeadChangedWithOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadChangedWithOwnerSubscription, LeadChangedWithOwnerSubscriptionVariables>;
export const LeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Lead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadFields"}},{"kind":"Field","name":{"kind":"Name","value":"scoreHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"scoreAfter"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LeadQuery, LeadQueryVariables>;
export const LeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Leads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadOrderByInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LeadsQuery, LeadsQueryVariables>;
export const LeadsWithHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadsWithHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoreHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadsWithHistoryQuery, LeadsWithHistoryQueryVariables>;
export const CreateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateLeadMutation, CreateLeadMutationVariables>;
export const UpdateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateLeadMutation, UpdateLeadMutationVariables>;
export const DeleteLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedLeadId"}}]}}]}}]} as unknown as DocumentNode<DeleteLeadMutation, DeleteLeadMutationVariables>;
export const UpsertLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpsertLeadMutation, UpsertLeadMutationVariables>;
export const ImportLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportLeadsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportLeadsMutation, ImportLeadsMutationVariables>;
export const AdjustLeadScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustLeadScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustLeadScoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustLeadScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}},{"kind":"Field","name":{"kind":"Name","value":"scoreHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"scoreAfter"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdjustLeadScoreMutation, AdjustLeadScoreMutationVariables>;
export const LeadChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LeadChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadChangedFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}}]}}]}}]}}]} as unknown as DocumentNode<LeadChangedSubscription, LeadChangedSubscriptionVariables>;
export const LeadsWithCallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadsWithCalls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"calls"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lastCalls"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beforeCall"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterCall"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"calls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"calls"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"callsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"calls"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lastCalls"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beforeCall"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterCall"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadsWithCallsQuery, LeadsWithCallsQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delta"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefix"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delta"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefix"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const SendQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendQuoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quoteId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publicUrl"}},{"kind":"Field","name":{"kind":"Name","value":"publicUrlExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<SendQuoteMutation, SendQuoteMutationVariables>;
export const GenerateContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quoteId"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"renewals"}},{"kind":"Field","name":{"kind":"Name","value":"renewalQuoteId"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"taxRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"documentSha256"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GenerateContractMutation, GenerateContractMutationVariables>;
export const GenerateQuoteFromContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateQuoteFromContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateQuoteFromContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateQuoteFromContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quoteId"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"renewals"}},{"kind":"Field","name":{"kind":"Name","value":"renewalQuoteId"}}]}}]}}]}}]} as unknown as DocumentNode<GenerateQuoteFromContractMutation, GenerateQuoteFromContractMutationVariables>;
export const ContractsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contracts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quoteId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ContractsQuery, ContractsQueryVariables>;
export const ContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quoteId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ContractQuery, ContractQueryVariables>;
export const DocumentTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"custom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"footer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"footer"}}]}}]}}]}}]} as unknown as DocumentNode<DocumentTemplatesQuery, DocumentTemplatesQueryVariables>;
export const UpdateDocumentTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDocumentTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDocumentTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDocumentTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"custom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"footer"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateDocumentTemplateMutation, UpdateDocumentTemplateMutationVariables>;
export const QuoteDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuoteDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"documentSha256"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]}}]} as unknown as DocumentNode<QuoteDocumentsQuery, QuoteDocumentsQueryVariables>;
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
export const AcknowledgeAlertByBareIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeAlertByBareId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AcknowledgeAlertByBareIdMutation, AcknowledgeAlertByBareIdMutationVariables>;
export const AnalyzeCallByBareIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnalyzeCallByBareId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analyzeCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"analysisStatus"}}]}}]}}]}}]} as unknown as DocumentNode<AnalyzeCallByBareIdMutation, AnalyzeCallByBareIdMutationVariables>;
export const ConfirmAppointmentByBareIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmAppointmentByBareId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmAppointmentByBareIdMutation, ConfirmAppointmentByBareIdMutationVariables>;
export const DeletePhoneNumberByBareIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePhoneNumberByBareId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedPhoneNumberId"}}]}}]}}]} as unknown as DocumentNode<DeletePhoneNumberByBareIdMutation, DeletePhoneNumberByBareIdMutationVariables>;
export const ResolveAlertBothIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveAlertBothIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ResolveAlertBothIdsMutation, ResolveAlertBothIdsMutationVariables>;
export const UsersConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsersConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usersConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsersConnectionQuery, UsersConnectionQueryVariables>;
export const ApiKeysConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeysConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeysConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysConnectionQuery, ApiKeysConnectionQueryVariables>;
export const PhoneNumbersConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhoneNumbersConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumbersConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"e164"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PhoneNumbersConnectionQuery, PhoneNumbersConnectionQueryVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const LeadScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"scoreHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<LeadScoreQuery, LeadScoreQueryVariables>;