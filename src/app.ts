import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './config';
import { connectDatabase, type Database } from './db/database';
import { migrateUp, type Orm } from './db/orm';
import { createLogger, type Logger } from './logger';
import { Metrics } from './metrics';
import { createAiServices, type AiServices } from './services/ai/ai-services';
import { AlertService } from './services/alerts/alert.service';
import { ApiKeyService } from './services/api-key.service';
import { BudgetService } from './services/budget/budget.service';
import { CircuitRegistry } from './services/circuits';
import { systemClock, type Clock } from './services/clock';
import { createChannelSenders } from './services/notifications/channels';
import { NotificationService } from './services/notifications/notification.service';
import { CallAnalysisService } from './services/calls/call-analysis.service';
import { CallIngestService } from './services/calls/call-ingest.service';
import { FollowUpService } from './services/calls/follow-up.service';
import { OutboundCallService } from './services/calls/outbound-call.service';
import { PhoneNumberService } from './services/calls/phone-number.service';
import { createTwilioClient, downloadTwilioRecording, type TwilioClient } from './services/integrations/twilio-client';
import { AccountMailer } from './services/auth/account-mailer';
import { AuthService } from './services/auth/auth.service';
import type { JwtSettings } from './services/auth/jwt';
import { LoginThrottle } from './services/auth/login-throttle';
import { OnboardingService } from './services/auth/onboarding.service';
import { UserService } from './services/auth/user.service';
import { BullMqQueue } from './services/jobs/bullmq-queue';
import { createJobHandlers } from './services/jobs/handlers';
import { DbQueue } from './services/jobs/db-queue';
import type { JobQueue, JobWorker } from './services/jobs/job-types';
import { EmbeddedOutbox, RedisOutbox, type Outbox } from './services/jobs/outbox';
import { recoverStaleAnalyses } from './services/calls/analysis-recovery';
import { IdempotencyService } from './services/idempotency/idempotency.service';
import { LeadService } from './services/lead.service';
import { OrganizationService } from './services/organization.service';
import { createInProcessPubSub, createRedisPubSub, type PubSub } from './services/pubsub/pubsub';
import { EVENT_LOADS } from './services/pubsub/event-loads';
import { FanOut } from './services/pubsub/fan-out';
import { createDataScope, type DataScope } from './context';
import type { Effects } from './services/scope';
import { ProductService } from './services/quotes/product.service';
import { QuoteDocuments } from './services/quotes/quote-documents';
import { QUOTE_EXPIRY_CHECK_MS, QuoteService } from './services/quotes/quote.service';
import { QuoteDraftService } from './services/quotes/quote-draft.service';
import { OpenAiQuoteDrafter } from './services/quotes/draft/openai-drafter';
import { modelPriceOverridesSchema } from './services/ai/openai/price-table';

/** Everything a process shares between requests and jobs. Built only here. */
export interface App {
  config: Config;
  logger: Logger;
  db: Database;
  orm: Orm;
  /** Shared client for rate limits and readiness; absent in embedded mode. */
  redis: Redis | undefined;
  pubsub: PubSub;
  /** Subscriptions: one pub/sub subscription and one load per event per organization, shared by its sockets. */
  fanOut: FanOut<DataScope>;
  jobs: JobQueue;
  /** Side effects recorded with each transaction and relayed after commit. */
  outbox: Outbox;
  metrics: Metrics;
  effects: Effects;
  auth: AuthService;
  leads: LeadService;
  apiKeys: ApiKeyService;
  organizations: OrganizationService;
  /** People: create, invite, deactivate, roles, passwords and resets. */
  users: UserService;
  /** Account email (resets, invitations): SMTP, or the outbox table when SMTP_URL is unset. */
  mailer: AccountMailer;
  ai: AiServices;
  /** Null when TWILIO_* is not configured. */
  twilio: TwilioClient | null;
  calls: CallIngestService;
  callAnalysis: CallAnalysisService;
  outboundCalls: OutboundCallService;
  followUps: FollowUpService;
  phoneNumbers: PhoneNumberService;
  clock: Clock;
  circuits: CircuitRegistry;
  alerts: AlertService;
  notifications: NotificationService;
  budget: BudgetService;
  /** New organizations: org:create and the public signUp. */
  onboarding: OnboardingService;
  /** Idempotency keys of retried mutations (claim, replay, purge). */
  idempotency: IdempotencyService;
  /** Quotes: create, edit (versions), markSent, withdraw, expiry, AI drafts. */
  quotes: QuoteService;
  /** AI drafts of quotes (draftQuote): OpenAI within budget, else local. */
  quoteDrafts: QuoteDraftService;
  /** The product catalog quotes are priced from. */
  products: ProductService;
  /** Quote documents, sending (email), the customer's public page, contracts, document templates. */
  quoteDocuments: QuoteDocuments;
  /** Start running jobs in this process (API with RUN_WORKERS, or the worker command). */
  startWorkers(): JobWorker;
  close(): Promise<void>;
}

export interface AppOptions {
  logger?: Logger;
  /** Tests: a throwaway embedded database instead of ./.data. */
  inMemoryDatabase?: boolean;
  /** Tests: a clock they move by hand (escalation, quiet hours, budget months). */
  clock?: Clock;
}

export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const db = await connectDatabase(config, { inMemory: options.inMemoryDatabase });
  await migrateUp(db.orm);
  // No offline queue: when Redis is down, callers fail fast instead of piling up; a command
  // timeout does the same when Redis is up but frozen (rate limits then fall back to memory).
  const redis = config.redisUrl
    ? new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true, commandTimeout: config.redisCommandTimeoutMs })
    : undefined;
  await redis?.connect();
  const pubsub = config.redisUrl ? createRedisPubSub(config.redisUrl, config.redisKeyPrefix) : createInProcessPubSub();
  // Embedded: jobs are rows of the embedded database (durable). Services: BullMQ, fed through the outbox table.
  const dbQueue = config.redisUrl ? undefined : new DbQueue(db.orm, logger);
  const jobs: JobQueue = dbQueue ?? new BullMqQueue(config.redisUrl!, config.redisKeyPrefix, logger);
  const outbox: Outbox = dbQueue ? new EmbeddedOutbox(dbQueue, pubsub, logger) : new RedisOutbox(db.orm, pubsub, jobs, logger);
  const metrics = new Metrics(jobs);
  const knex = db.orm.em.getConnection().getKnex();
  knex.on('query', () => metrics.dbQueries.inc());
  const effects: Effects = { pubsub, jobs, outbox, logger };
  const forkEm = () => db.orm.em.fork();
  const workers: JobWorker[] = [];
  const clock = options.clock ?? systemClock;
  const circuits = new CircuitRegistry((circuit, status, organizationId) => {
    if (organizationId) {
      void jobs
        .enqueue('circuit-open-alert', { organizationId, circuit, consecutiveFailures: status.consecutiveFailures, lastFailure: status.lastFailure })
        .catch((err: unknown) => logger.error({ err, circuit }, 'could not queue CIRCUIT_OPEN alert'));
    }
    logger.warn({ circuit, organizationId, failures: status.consecutiveFailures }, 'circuit opened');
  });
  const ai = createAiServices(config);
  if (ai.circuit) circuits.register('openai', ai.circuit);
  const twilioConfig = config.twilio;
  const twilio = twilioConfig ? createTwilioClient(twilioConfig) : null;
  const fetchRecording = twilioConfig ? (url: string) => downloadTwilioRecording(twilioConfig, url) : null;
  const budget = new BudgetService(clock);
  const callAnalysis = new CallAnalysisService(effects, ai, fetchRecording, budget);
  if (twilio) circuits.create('twilio');
  const notifications = new NotificationService(effects, createChannelSenders(config, twilio, circuits), clock);
  const alerts = new AlertService(effects, clock);
  const loginThrottle = new LoginThrottle(config.login, redis, config.redisKeyPrefix, config.signUp.maxPerIpPerHour);
  const auth = new AuthService(jwtSettings(config), forkEm, config.apiKeyCacheSeconds * 1000, clock, loginThrottle, (outcome) =>
    metrics.loginAttempts.inc({ outcome }),
  );
  const mailer = new AccountMailer(config.smtpUrl, config.accountEmail.from, forkEm, logger);
  const calls = new CallIngestService(effects, ai.transcriber !== null);
  const idempotency = new IdempotencyService(db.orm, clock);
  const organizations = new OrganizationService(effects);
  const onboarding = new OnboardingService(effects, organizations, auth, loginThrottle, clock, { signUp: config.signUp, accountEmail: config.accountEmail }, forkEm);
  const quotes = new QuoteService(effects, clock);
  const quoteDocuments = new QuoteDocuments(db.orm, effects, clock, quotes, config, jwtSettings(config).secret);
  const openaiDrafter =
    config.openai && ai.circuit
      ? new OpenAiQuoteDrafter({ ...config.openai, priceOverrides: modelPriceOverridesSchema.parse(config.aiModelPrices) }, ai.circuit)
      : null;
  const quoteDrafts = new QuoteDraftService(effects, clock, budget, openaiDrafter);

  const app: App = {
    config,
    logger,
    db,
    orm: db.orm,
    redis,
    pubsub,
    fanOut: new FanOut<DataScope>(pubsub, (organizationId) => createDataScope(db.orm, organizationId), EVENT_LOADS, logger),
    jobs,
    outbox,
    metrics,
    effects,
    auth,
    leads: new LeadService(effects),
    apiKeys: new ApiKeyService(effects, (id) => auth.forgetApiKey(id)),
    organizations,
    onboarding,
    users: new UserService(effects, auth, mailer, loginThrottle, clock, config.accountEmail, forkEm),
    mailer,
    ai,
    twilio,
    calls,
    callAnalysis,
    outboundCalls: new OutboundCallService(twilio, config.publicBaseUrl, calls),
    followUps: new FollowUpService(effects),
    phoneNumbers: new PhoneNumberService(effects),
    clock,
    circuits,
    alerts,
    notifications,
    budget,
    idempotency,
    quotes,
    quoteDrafts,
    products: new ProductService(effects),
    quoteDocuments,
    startWorkers() {
      void jobs.schedule('escalation-check', {}, config.escalationCheckSeconds * 1000).catch((err: unknown) => logger.error({ err }, 'could not schedule escalation checks'));
      const deadlineMs = config.analysisDeadlineSeconds * 1000;
      void jobs.schedule('recover-analysis', {}, Math.max(1000, deadlineMs / 5)).catch((err: unknown) => logger.error({ err }, 'could not schedule the analysis recovery sweep'));
      void jobs.schedule('purge-idempotency-keys', {}, IDEMPOTENCY_PURGE_EVERY_MS).catch((err: unknown) => logger.error({ err }, 'could not schedule the idempotency-key purge'));
      void jobs.schedule('expire-quotes', {}, QUOTE_EXPIRY_CHECK_MS).catch((err: unknown) => logger.error({ err }, 'could not schedule quote expiry'));
      const recoverAnalyses = () => recoverStaleAnalyses(db.orm, effects, clock, deadlineMs);
      const purgeIdempotencyKeys = () => idempotency.purgeExpired();
      const worker = jobs.startWorker(createJobHandlers(db.orm, effects, { callAnalysis, notifications, alerts, recoverAnalyses, purgeIdempotencyKeys, quotes, quoteDrafts, quoteSending: quoteDocuments.sending }), {
        onCompleted: (name) => metrics.jobsProcessed.inc({ name, status: 'completed' }),
        onFailed: (name, err, willRetry) => {
          metrics.jobsProcessed.inc({ name, status: willRetry ? 'retried' : 'failed' });
          logger.warn({ err, job: name, willRetry }, 'job failed');
        },
      });
      workers.push(worker);
      return worker;
    },
    async close() {
      // Order matters: stop taking jobs, let running ones finish, then drop connections.
      await Promise.allSettled(workers.map((w) => w.close()));
      await mailer.flush();
      quoteDocuments.close();
      await outbox.close();
      await Promise.allSettled([jobs.close(), pubsub.close(), redis?.quit()]);
      await db.close();
    },
  };
  return app;
}

/** Expired idempotency keys are deleted hourly (they stop answering at expiry whether purged or not). */
const IDEMPOTENCY_PURGE_EVERY_MS = 3600 * 1000;

/** The embedded queue has no other consumer (one process per data directory), so embedded mode always runs its workers in the API. */
export function apiRunsWorkers(config: Config): boolean {
  return config.runWorkers || !config.redisUrl;
}

/**
 * JWT_SECRET in production; on a developer's machine a random secret kept in
 * the data folder, so sessions survive restarts without any setup.
 */
function jwtSettings(config: Config): JwtSettings {
  const secret = config.jwt.secret ?? localSecret(config.dataDir);
  return { secret: new TextEncoder().encode(secret), issuer: config.jwt.issuer, audience: config.jwt.audience, ttlSeconds: config.jwt.ttlSeconds };
}

function localSecret(dataDir: string): string {
  const file = path.join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
