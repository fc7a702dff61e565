import { z } from 'zod';

/**
 * The only reader of process.env. Parsed once, frozen, and on failure every
 * problem is listed at once so an operator fixes them in one go.
 */

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .optional()
    .transform((v) => (v === undefined ? fallback : ['true', '1', 'yes'].includes(v)));

const int = (fallback: number, min = 0) => z.coerce.number().int().min(min).default(fallback);

const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);
const optionalUrl = z.preprocess(emptyAsUndefined, z.string().url().optional());
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('0.0.0.0'),
    PORT: int(4000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

    DATABASE_URL: optionalUrl,
    DATABASE_POOL_SIZE: int(10, 1),
    DATA_DIR: z.string().default('./.data'),
    REDIS_URL: optionalUrl,
    REDIS_KEY_PREFIX: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/).default('sb'),
    REDIS_COMMAND_TIMEOUT_MS: int(500, 10),

    JWT_SECRET: optionalString,
    JWT_ISSUER: z.string().default('switchboard'),
    JWT_AUDIENCE: z.string().default('switchboard-api'),
    JWT_TTL_SECONDS: int(3600, 60),
    API_KEY_CACHE_SECONDS: int(10, 0),
    LOGIN_MAX_CONSECUTIVE_FAILURES: int(10, 1),
    LOGIN_BLOCK_SECONDS: int(900, 1),
    LOGIN_MAX_FAILURES_PER_IP_PER_DAY: int(100, 1),
    PASSWORD_RESET_TTL_SECONDS: int(3600, 60),
    INVITE_TTL_SECONDS: int(7 * 86400, 60),
    APP_BASE_URL: optionalUrl,
    AUTH_EMAIL_FROM: z.string().default('Switchboard <no-reply@switchboard.local>'),
    METRICS_TOKEN: optionalString,
    SIGNUP_ENABLED: bool(false),
    SIGNUP_MAX_PER_IP_PER_HOUR: int(5, 1),

    // Unset: on in development and test, off in production.
    GRAPHQL_INTROSPECTION: z.enum(['true', 'false', '1', '0', 'yes', 'no']).optional(),
    MAX_BODY_BYTES: int(1_000_000, 1024),
    MAX_QUERY_DEPTH: int(10, 1),
    MAX_QUERY_COST: int(100_000, 1),
    MAX_ALIASES: int(15, 1),
    MAX_DIRECTIVES: int(20, 1),
    MAX_TOKENS: int(2000, 10),
    MAX_PAGE_SIZE: int(100, 1),
    IMPORT_MAX_ROWS: int(1000, 1),

    WS_MAX_SUBSCRIPTIONS_PER_SOCKET: int(50, 1),
    WS_MAX_SUBSCRIPTIONS_PER_PRINCIPAL: int(200, 1),

    RATE_LIMIT_PER_IP: int(600, 1),
    RATE_LIMIT_PER_API_KEY: int(1200, 1),
    RATE_LIMIT_PER_USER: int(600, 1),
    RATE_LIMIT_WINDOW_SECONDS: int(60, 1),
    WEBHOOK_BAD_SIGNATURES_PER_IP: int(20, 1),

    HTTP_HEADERS_TIMEOUT_MS: int(10_000, 100),
    HTTP_REQUEST_TIMEOUT_MS: int(30_000, 100),
    HTTP_KEEP_ALIVE_TIMEOUT_MS: int(5_000, 100),

    // Browsers on other origins (see src/http/cors.ts): exact origins, comma-separated; unset: none.
    CORS_ORIGINS: optionalString,
    CORS_CREDENTIALS: bool(false),
    CORS_MAX_AGE_SECONDS: int(600, 0),

    OPENAI_API_KEY: optionalString,
    OPENAI_BASE_URL: optionalUrl,
    OPENAI_MODEL: z.string().default('gpt-4o-mini'),
    OPENAI_TRANSCRIPTION_MODEL: z.string().default('whisper-1'),
    OPENAI_TIMEOUT_MS: int(60_000, 100),
    AI_MODEL_PRICES: optionalString,

    TWILIO_ACCOUNT_SID: optionalString,
    TWILIO_AUTH_TOKEN: optionalString,
    TWILIO_API_BASE_URL: optionalUrl,
    PUBLIC_BASE_URL: optionalUrl,
    TWILIO_SMS_FROM: optionalString,

    SMTP_URL: optionalUrl,
    ALERT_EMAIL_FROM: z.string().default('Switchboard <alerts@switchboard.local>'),
    ESCALATION_CHECK_SECONDS: int(30, 1),
    ANALYSIS_DEADLINE_SECONDS: int(600, 1),

    QUOTE_LINK_SECRET: optionalString,
    QUOTE_LINK_TTL_DAYS: int(30, 1),
    QUOTE_DOCUMENT_URL_TTL_SECONDS: int(900, 10),
    QUOTE_DOCUMENT_MAX_BYTES: int(5_000_000, 10_000),
    QUOTE_PAGE_RATE_LIMIT_PER_IP: int(60, 1),
    QUOTE_EMAIL_FROM: z.string().default('Switchboard <quotes@switchboard.local>'),

    RUN_WORKERS: bool(true),
    SEED_DEMO: bool(true),
    SHUTDOWN_GRACE_MS: int(10_000, 0),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required in production' });
    }
    if (!!env.TWILIO_ACCOUNT_SID !== !!env.TWILIO_AUTH_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['TWILIO_AUTH_TOKEN'], message: 'TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN go together' });
    }
    if (env.TWILIO_AUTH_TOKEN && !env.PUBLIC_BASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['PUBLIC_BASE_URL'], message: 'is required with Twilio: webhook signatures are checked against it' });
    }
    if (env.AI_MODEL_PRICES) {
      try {
        JSON.parse(env.AI_MODEL_PRICES);
      } catch {
        ctx.addIssue({ code: 'custom', path: ['AI_MODEL_PRICES'], message: 'must be JSON' });
      }
    }
    if (env.HTTP_HEADERS_TIMEOUT_MS > env.HTTP_REQUEST_TIMEOUT_MS) {
      ctx.addIssue({ code: 'custom', path: ['HTTP_HEADERS_TIMEOUT_MS'], message: 'must not exceed HTTP_REQUEST_TIMEOUT_MS' });
    }
    for (const problem of corsOriginProblems(env.CORS_ORIGINS)) {
      ctx.addIssue({ code: 'custom', path: ['CORS_ORIGINS'], message: problem });
    }
    if (env.QUOTE_LINK_SECRET && env.QUOTE_LINK_SECRET.length < 32) {
      ctx.addIssue({ code: 'custom', path: ['QUOTE_LINK_SECRET'], message: 'must be at least 32 characters' });
    }
    if (env.JWT_SECRET && env.JWT_SECRET.length < 32) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'must be at least 32 characters' });
    }
  });

export type Env = z.infer<typeof schema>;

export interface Config {
  readonly env: Env['NODE_ENV'];
  readonly http: {
    host: string;
    port: number;
    maxBodyBytes: number;
    /** A client must finish sending its request headers within this (408 and close otherwise). */
    headersTimeoutMs: number;
    /** … and the whole request, body included, within this. */
    requestTimeoutMs: number;
    /** How long an idle keep-alive socket stays open (advertised in `Keep-Alive: timeout=`). */
    keepAliveTimeoutMs: number;
  };
  /**
   * Cross-origin browser access to /graphql: only these exact origins (scheme://host[:port]) get
   * Access-Control-* headers; `credentials` adds Access-Control-Allow-Credentials (cookies, client
   * certificates; a bearer token does not need it); preflights are cached by browsers `maxAgeSeconds`.
   */
  readonly cors: { origins: readonly string[]; credentials: boolean; maxAgeSeconds: number };
  readonly logLevel: Env['LOG_LEVEL'];
  /** Absent: embedded PGlite kept in `dataDir`. */
  readonly databaseUrl: string | undefined;
  readonly databasePoolSize: number;
  readonly dataDir: string;
  /** Absent: in-process pub/sub, job queue and rate limits. */
  readonly redisUrl: string | undefined;
  /** Namespaces every Redis key, queue and channel, so environments can share one Redis. */
  readonly redisKeyPrefix: string;
  /** Bound on every command of the request-path Redis client (rate limits, readiness): a frozen Redis fails fast. */
  readonly redisCommandTimeoutMs: number;
  readonly jwt: { secret: string | undefined; issuer: string; audience: string; ttlSeconds: number };
  /** How long a verified API key is trusted without a lookup (revocation delay in other processes). */
  readonly apiKeyCacheSeconds: number;
  /**
   * Login throttling: consecutive failures per email+IP before a block of
   * `blockSeconds`, and failures per IP per day (rate-limiter-flexible).
   */
  readonly login: { maxConsecutiveFailures: number; blockSeconds: number; maxFailuresPerIpPerDay: number };
  /** One-time tokens mailed for password resets and invitations, and where their links point. */
  readonly accountEmail: { resetTtlSeconds: number; inviteTtlSeconds: number; appBaseUrl: string; from: string };
  /** The public signUp mutation (off by default) and how many organizations one IP may create per hour. */
  readonly signUp: { enabled: boolean; maxPerIpPerHour: number };
  /** When set, GET /metrics requires `Authorization: Bearer <token>`. */
  readonly metricsToken: string | undefined;
  readonly graphql: {
    introspection: boolean;
    maxDepth: number;
    maxCost: number;
    maxAliases: number;
    maxDirectives: number;
    maxTokens: number;
    maxPageSize: number;
    importMaxRows: number;
  };
  /**
   * Requests per window: anonymous callers by IP, API keys and users each by their own budget.
   * Bad webhook signatures are counted per IP in each process; past the limit the IP gets 429 unchecked.
   */
  readonly rateLimit: { perIp: number; perApiKey: number; perUser: number; windowSeconds: number; badWebhookSignaturesPerIp: number };
  /** Caps on active graphql-ws operations: per socket, and per principal across this process's sockets. */
  readonly ws: { maxSubscriptionsPerSocket: number; maxSubscriptionsPerPrincipal: number };
  /** Absent: the local analyzer does all AI work; no transcription of recordings. */
  readonly openai: { apiKey: string; baseUrl: string | undefined; model: string; transcriptionModel: string; timeoutMs: number } | undefined;
  /** JSON map of model → prices overriding the defaults (see services/ai/openai/price-table.ts). */
  readonly aiModelPrices: Record<string, unknown>;
  /** Absent: webhooks answer 503 and outbound calls/SMS fail with a clear error. */
  readonly twilio: { accountSid: string; authToken: string; apiBaseUrl: string | undefined } | undefined;
  /** The URL Twilio reaches us at; signatures are computed over it, never over forwarded headers. */
  readonly publicBaseUrl: string | undefined;
  /** Sender number for alert SMS (E.164); absent: SMS deliveries are skipped. */
  readonly twilioSmsFrom: string | undefined;
  /** Absent: alert emails are skipped (recorded as SKIPPED). */
  readonly smtpUrl: string | undefined;
  readonly alertEmailFrom: string;
  /** How often unacknowledged alerts are checked for escalation. */
  readonly escalationCheckSeconds: number;
  /** A call analysis still PENDING or RUNNING this long after its last change lost its job: the recovery sweep queues it again. */
  readonly analysisDeadlineSeconds: number;
  /**
   * Quote documents and the customer's page (/q/{token}): the HMAC secret of their links (absent: derived
   * from the JWT secret), how long a customer link lives when the quote has no valid-until date, how long a
   * document download URL lives, the largest stored PDF, the public page's requests per IP per rate-limit
   * window, and the sender of quote emails.
   */
  readonly quoteDocuments: { linkSecret: string | undefined; linkTtlDays: number; documentUrlTtlSeconds: number; maxDocumentBytes: number; publicPagePerIp: number; emailFrom: string };
  readonly runWorkers: boolean;
  readonly seedDemo: boolean;
  readonly shutdownGraceMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const config: Config = {
    env: e.NODE_ENV,
    http: {
      host: e.HOST,
      port: e.PORT,
      maxBodyBytes: e.MAX_BODY_BYTES,
      headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    },
    cors: { origins: corsOrigins(e.CORS_ORIGINS), credentials: e.CORS_CREDENTIALS, maxAgeSeconds: e.CORS_MAX_AGE_SECONDS },
    logLevel: e.LOG_LEVEL,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir: e.DATA_DIR,
    redisUrl: e.REDIS_URL,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    redisCommandTimeoutMs: e.REDIS_COMMAND_TIMEOUT_MS,
    jwt: { secret: e.JWT_SECRET, issuer: e.JWT_ISSUER, audience: e.JWT_AUDIENCE, ttlSeconds: e.JWT_TTL_SECONDS },
    apiKeyCacheSeconds: e.API_KEY_CACHE_SECONDS,
    login: { maxConsecutiveFailures: e.LOGIN_MAX_CONSECUTIVE_FAILURES, blockSeconds: e.LOGIN_BLOCK_SECONDS, maxFailuresPerIpPerDay: e.LOGIN_MAX_FAILURES_PER_IP_PER_DAY },
    accountEmail: {
      resetTtlSeconds: e.PASSWORD_RESET_TTL_SECONDS,
      inviteTtlSeconds: e.INVITE_TTL_SECONDS,
      appBaseUrl: (e.APP_BASE_URL ?? e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
      from: e.AUTH_EMAIL_FROM,
    },
    signUp: { enabled: e.SIGNUP_ENABLED, maxPerIpPerHour: e.SIGNUP_MAX_PER_IP_PER_HOUR },
    metricsToken: e.METRICS_TOKEN,
    graphql: {
      introspection: e.GRAPHQL_INTROSPECTION === undefined ? e.NODE_ENV !== 'production' : ['true', '1', 'yes'].includes(e.GRAPHQL_INTROSPECTION),
      maxDepth: e.MAX_QUERY_DEPTH,
      maxCost: e.MAX_QUERY_COST,
      maxAliases: e.MAX_ALIASES,
      maxDirectives: e.MAX_DIRECTIVES,
      maxTokens: e.MAX_TOKENS,
      maxPageSize: e.MAX_PAGE_SIZE,
      importMaxRows: e.IMPORT_MAX_ROWS,
    },
    rateLimit: {
      perIp: e.RATE_LIMIT_PER_IP,
      perApiKey: e.RATE_LIMIT_PER_API_KEY,
      perUser: e.RATE_LIMIT_PER_USER,
      windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS,
      badWebhookSignaturesPerIp: e.WEBHOOK_BAD_SIGNATURES_PER_IP,
    },
    ws: { maxSubscriptionsPerSocket: e.WS_MAX_SUBSCRIPTIONS_PER_SOCKET, maxSubscriptionsPerPrincipal: e.WS_MAX_SUBSCRIPTIONS_PER_PRINCIPAL },
    openai: e.OPENAI_API_KEY
      ? { apiKey: e.OPENAI_API_KEY, baseUrl: e.OPENAI_BASE_URL, model: e.OPENAI_MODEL, transcriptionModel: e.OPENAI_TRANSCRIPTION_MODEL, timeoutMs: e.OPENAI_TIMEOUT_MS }
      : undefined,
    aiModelPrices: e.AI_MODEL_PRICES ? (JSON.parse(e.AI_MODEL_PRICES) as Record<string, unknown>) : {},
    twilio: e.TWILIO_ACCOUNT_SID && e.TWILIO_AUTH_TOKEN ? { accountSid: e.TWILIO_ACCOUNT_SID, authToken: e.TWILIO_AUTH_TOKEN, apiBaseUrl: e.TWILIO_API_BASE_URL } : undefined,
    publicBaseUrl: e.PUBLIC_BASE_URL?.replace(/\/$/, ''),
    twilioSmsFrom: e.TWILIO_SMS_FROM,
    smtpUrl: e.SMTP_URL,
    alertEmailFrom: e.ALERT_EMAIL_FROM,
    escalationCheckSeconds: e.ESCALATION_CHECK_SECONDS,
    analysisDeadlineSeconds: e.ANALYSIS_DEADLINE_SECONDS,
    quoteDocuments: {
      linkSecret: e.QUOTE_LINK_SECRET,
      linkTtlDays: e.QUOTE_LINK_TTL_DAYS,
      documentUrlTtlSeconds: e.QUOTE_DOCUMENT_URL_TTL_SECONDS,
      maxDocumentBytes: e.QUOTE_DOCUMENT_MAX_BYTES,
      publicPagePerIp: e.QUOTE_PAGE_RATE_LIMIT_PER_IP,
      emailFrom: e.QUOTE_EMAIL_FROM,
    },
    runWorkers: e.RUN_WORKERS,
    seedDemo: e.SEED_DEMO,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    ...overrides,
  };
  return deepFreeze(config);
}

function corsOrigins(list: string | undefined): string[] {
  return (list ?? '').split(',').map((o) => o.trim()).filter((o) => o !== '');
}

/** Origins are compared as exact strings with the browser's Origin header, so each must be written as the browser sends it. */
function corsOriginProblems(list: string | undefined): string[] {
  return corsOrigins(list).flatMap((origin) => {
    if (origin === '*') return ['"*" is not accepted: list each origin'];
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      return [`"${origin}" is not an origin (scheme://host[:port])`];
    }
    return parsed.origin === origin ? [] : [`"${origin}" must be written as its origin "${parsed.origin}" (scheme://host[:port], no path or trailing slash)`];
  });
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child && typeof child === 'object') deepFreeze(child);
  }
  return Object.freeze(value);
}

/** For logs: the URL without its password. */
export function redactUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '[unparseable url]';
  }
}
