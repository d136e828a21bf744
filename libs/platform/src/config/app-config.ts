import { createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { compileTrustProxy, type TrustProxy } from '../http/trust-proxy.mjs';
import { digestEnvShape, digestSettings, type DigestSettings } from './digest-settings';
import { jobsEnvShape, jobsSettings, type JobsSettings } from './jobs-settings';
import { filesEnvIssues, filesEnvShape, filesSettings, type FilesSettings } from './files-settings';
import { mailEnvShape, mailSettings, unsetWhenEmpty, type MailSettings, type PasswordResetSettings } from './mail-settings';
import { mediaEnvShape, mediaSettings, type MediaLimits } from './media-settings';
import { onboardingEnvShape, onboardingSettings, type OnboardingSettings } from './onboarding-settings';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  MONGODB_URI: z.string().regex(/^mongodb(\+srv)?:\/\//, 'must be a mongodb:// or mongodb+srv:// URI'),
  DATA_DIR: z.string().default('./.data'),
  DB_AUTO_INDEX: bool.optional(),
  WARM_UP_ROUNDS: z.coerce.number().int().min(0).max(100).optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URI')
    .optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  SEED_DEMO: bool.optional(),
  SEED_VOLUME: z.enum(['demo', 'full']).default('demo'),
  COOKIE_SECURE: bool.optional(),
  TRUST_PROXY: z
    .string()
    .default('loopback')
    .refine(
      compilesAsTrustProxy,
      'must be false, a number of proxy hops, or comma-separated addresses, CIDR ranges, loopback, linklocal or uniquelocal',
    ),
  ALLOWED_ORIGINS: z.string().default(''),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(50_000_000).default(1_000_000),
  ARGON2_MEMORY_KIB: z.coerce.number().int().min(1024).default(19456),
  ARGON2_TIME_COST: z.coerce.number().int().min(1).max(10).default(2),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  LOGIN_DELAY_BASE_MS: z.coerce.number().int().min(0).max(10_000).default(250),
  LOGIN_DELAY_MAX_MS: z.coerce.number().int().min(0).max(10_000).default(4000),
  API_DOCS: bool.optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  ANALYTICS_MIN_CELL: z.coerce.number().int().min(1).max(100).default(5),
  MESSAGE_RATE_PER_SECOND: z.coerce.number().min(0.1).default(2),
  MESSAGE_BURST: z.coerce.number().int().min(1).default(10),
  MESSAGE_STORAGE: z.enum(['database', 'off']).default('database'),
  METRICS_TOKEN: z.preprocess(unsetWhenEmpty, z.string().min(16, 'must be at least 16 characters').optional()),
  ...mailEnvShape,
  ...onboardingEnvShape,
  ...digestEnvShape,
  ...mediaEnvShape,
  ...filesEnvShape,
  ...jobsEnvShape,
});

/** Every setting of the API, validated once at boot. Read it through this class only. */
export class AppConfig {
  readonly nodeEnv!: 'development' | 'production' | 'test';
  readonly host!: string;
  readonly port!: number;
  readonly mongodbUri!: string;
  readonly dataDir!: string;
  /**
   * Build the schemas' indexes when the API starts (mongoose autoIndex): on outside production. Production
   * builds them once per deploy with `main.js --migrate` (apps/api/src/migrate.ts).
   */
  readonly autoIndex!: boolean;
  /**
   * Before it listens, the API reads the newest documents of every collection this many times
   * (database/warm-up.ts); 0 turns it off.
   */
  readonly warmUpRounds!: number;
  readonly redisUrl?: string;
  /** Bearer token of GET /api/metrics (Prometheus); unset = the route answers 404. */
  readonly metricsToken?: string;
  readonly jwtSecret!: string;
  /**
   * The same secret as a key object. jsonwebtoken given a string first tries it as a PEM public/private key
   * and throws; with a key object it skips that, which made every token check several times cheaper.
   */
  readonly jwtKey!: KeyObject;
  readonly accessTokenTtlSeconds!: number;
  readonly refreshTokenTtlDays!: number;
  readonly seedDemo!: boolean;
  /** How much activity the demo academy gets: `demo` (a sample) or `full` (five months at real volume). */
  readonly seedVolume!: 'demo' | 'full';
  readonly cookieSecure!: boolean;
  readonly trustProxy!: string;
  /** TRUST_PROXY compiled once; Express (`req.ip`) and the origin check (X-Forwarded-Host) both use it. */
  readonly isTrustedProxy!: TrustProxy;
  readonly allowedOrigins!: string[];
  readonly logLevel!: string;
  readonly bodyLimitBytes!: number;
  readonly argon2!: { memoryCost: number; timeCost: number };
  /**
   * Failed sign-ins within the window: `perAccount` to one account from one address and `perAddress` from
   * one address to any accounts answer 429; past `perAccount` on an account from all addresses together,
   * each further attempt waits `delayBaseMs`, doubling, at most `delayMaxMs`, and is not refused.
   */
  readonly loginThrottle!: { perAccount: number; perAddress: number; windowMinutes: number; delayBaseMs: number; delayMaxMs: number };
  readonly rateLimitPerMinute!: number;
  /** Serve the OpenAPI document and Swagger UI at /api/docs (API_DOCS; on outside production). */
  readonly apiDocs!: boolean;
  /** Cells with fewer people than this are suppressed in reports shown to coordinators. */
  readonly analyticsThreshold!: number;
  /** Per-person send limit in live rooms: a burst, then a steady rate. */
  readonly messageRate!: { perSecond: number; burst: number };
  /** `off` only for the gateway benchmark: messages are broadcast and acknowledged but not stored (apps/api/src/compose.ts composes the app with a store that keeps nothing). */
  readonly messageStorage!: 'database' | 'off';
  /** Outgoing mail: SMTP or .eml files, sender, retries (mail-settings.ts). */
  readonly mail!: MailSettings;
  /** Where people reach the web app: the base of every link in a mail. */
  readonly publicOrigin!: string;
  readonly passwordReset!: PasswordResetSettings;
  /** Invitation and e-mail verification links (onboarding-settings.ts). */
  readonly onboarding!: OnboardingSettings;
  /** When the daily digest of notifications goes out (digest-settings.ts). */
  readonly digest!: DigestSettings;
  /** The largest file per kind of lesson media (media-settings.ts). */
  readonly mediaLimits!: MediaLimits;
  /** Where uploaded files are stored and how many and how large a submission's may be (files-settings.ts). */
  readonly files!: FilesSettings;
  /** Durable background jobs: lease, poll interval, how many at once per node (jobs-settings.ts). */
  readonly jobs!: JobsSettings;

  constructor(values: AppConfig) {
    Object.assign(this, values);
  }
}

export class ConfigError extends Error {}

/** Parses the environment; throws a ConfigError that lists every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const together = filesEnvIssues(e);
  if (together.length > 0) throw new ConfigError(`Invalid configuration:\n${together.map((line) => `  ${line}`).join('\n')}`);
  const dataDir = resolve(e.DATA_DIR);
  const production = e.NODE_ENV === 'production';
  const jwtSecret = e.JWT_SECRET ?? persistedSecret(dataDir);
  return new AppConfig({
    nodeEnv: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    mongodbUri: e.MONGODB_URI,
    dataDir,
    autoIndex: e.DB_AUTO_INDEX ?? !production,
    warmUpRounds: e.WARM_UP_ROUNDS ?? 10,
    redisUrl: e.REDIS_URL,
    metricsToken: e.METRICS_TOKEN,
    jwtSecret,
    jwtKey: createSecretKey(Buffer.from(jwtSecret)),
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
    seedDemo: e.SEED_DEMO ?? !production,
    seedVolume: e.SEED_VOLUME,
    cookieSecure: e.COOKIE_SECURE ?? production,
    trustProxy: e.TRUST_PROXY,
    isTrustedProxy: compileTrustProxy(e.TRUST_PROXY),
    allowedOrigins: e.ALLOWED_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    logLevel: e.LOG_LEVEL,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    argon2: { memoryCost: e.ARGON2_MEMORY_KIB, timeCost: e.ARGON2_TIME_COST },
    loginThrottle: {
      perAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      perAddress: e.LOGIN_MAX_FAILURES_PER_ADDRESS,
      windowMinutes: e.LOGIN_WINDOW_MINUTES,
      delayBaseMs: e.LOGIN_DELAY_BASE_MS,
      delayMaxMs: e.LOGIN_DELAY_MAX_MS,
    },
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    apiDocs: e.API_DOCS ?? !production,
    analyticsThreshold: e.ANALYTICS_MIN_CELL,
    messageRate: { perSecond: e.MESSAGE_RATE_PER_SECOND, burst: e.MESSAGE_BURST },
    messageStorage: e.MESSAGE_STORAGE,
    ...mailSettings(e, dataDir),
    ...onboardingSettings(e),
    ...digestSettings(e),
    ...mediaSettings(e),
    ...filesSettings(e, join(dataDir, 'files')),
    ...jobsSettings(e),
  });
}

function compilesAsTrustProxy(value: string): boolean {
  try {
    compileTrustProxy(value);
    return true;
  } catch {
    return false;
  }
}

/** Without JWT_SECRET, a random secret is generated once and kept in DATA_DIR so tokens survive restarts. */
function persistedSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  try {
    writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch {
    // Another process created it first: use theirs.
    return readFileSync(file, 'utf8').trim();
  }
}
