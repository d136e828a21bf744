import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable, Logger } from '@nestjs/common';
import type { AuthResult, LoginInput, RegisterInput } from '@trainaction/contracts';
import { AccessTokenService, AppConfig, AppError, RealtimePublisher } from '@trainaction/platform';
import { Types } from 'mongoose';
import { AccountNotices } from './account-notices';
import { EmailVerification } from './email-verification.service';
import { progressiveDelayMs, SignInThrottled, WaitingSignIns } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { SessionsRepository } from './sessions.repository';
import { toUserView } from './user-view';
import { UsersRepository, type UserRecord } from './users.repository';

export interface IssuedSession extends AuthResult {
  refreshToken: string;
  refreshExpiresAt: Date;
}

const INVALID_LOGIN = 'The e-mail or password is not correct';
const INVALID_REFRESH = 'The session has ended; sign in again';

function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: number })?.code === 11000;
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);
  /** Sign-ins waiting out their progressive delay, per address (see login-throttle.ts). */
  private readonly waitingSignIns = new WaitingSignIns();

  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: AccessTokenService,
    private readonly publisher: RealtimePublisher,
    private readonly config: AppConfig,
    private readonly notices: AccountNotices,
    private readonly verification: EmailVerification,
  ) {}

  /**
   * Creates a learner account for a new address. For an address that already has an account nothing
   * changes, and the caller cannot tell which happened: the same argon2 work, the same insert attempt and
   * no session either way (the web app signs the person in through the login that follows). The holder
   * of an existing address is told by mail, in the background; a new account is sent its verification
   * link in the background too, and publishes nothing until the link is used.
   */
  async register(input: RegisterInput): Promise<void> {
    const passwordHash = await this.hasher.hash(input.password);
    try {
      const created = await this.users.create({
        email: input.email,
        passwordHash,
        displayName: input.displayName,
        country: input.country,
        gender: input.gender,
        genderText: input.genderText,
        sector: input.sector,
        organization: input.organization,
        locale: input.locale ?? 'es',
        role: 'learner',
        emailUnverifiedSince: new Date(),
      });
      this.verification.registered(created);
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      // The address already has an account: it stays exactly as it was, and its holder is told by mail
      // (at most once a day), after the answer so that its time says nothing.
      this.notices.registrationAttempted(input.email);
    }
  }

  async login(input: LoginInput, address: string): Promise<IssuedSession> {
    const account = input.email.toLowerCase();
    await this.throttleSignIn(account, address);

    const user = await this.users.findByEmail(input.email);
    const valid = user
      ? await this.hasher.verify(user.passwordHash, input.password)
      : await this.hasher.verifyAgainstNothing(input.password);
    if (!user || !valid) {
      await this.sessions.recordFailure({ account, address, at: new Date() });
      throw new AppError('UNAUTHENTICATED', INVALID_LOGIN);
    }
    await this.sessions.clearFailures(account, address);
    if (user.disabledAt) throw new AppError('UNAUTHENTICATED', 'This account is disabled; contact the academy');
    return this.startSession(user);
  }

  /** A new sign-in for someone who proved who they are another way (an accepted invitation). */
  async sessionFor(userId: string): Promise<IssuedSession> {
    const user = await this.users.findById(userId);
    if (!user || user.disabledAt) throw new AppError('UNAUTHENTICATED', 'This account is disabled; contact the academy');
    return this.startSession(user);
  }

  /** Rotates a refresh token. A token used twice revokes its whole family, the newer tokens included. */
  async refresh(presented: string | undefined): Promise<IssuedSession> {
    const token = await this.findPresentedToken(presented);
    if (!token || token.revokedAt || token.expiresAt <= new Date()) throw new AppError('UNAUTHENTICATED', INVALID_REFRESH);

    if (await this.sessions.hasSuccessor(token.id)) return this.reuseDetected(token.familyId, token.userId);
    const user = await this.users.findById(token.userId);
    if (!user || user.disabledAt) throw new AppError('UNAUTHENTICATED', INVALID_REFRESH);
    try {
      return await this.issue(user, token.familyId, token.id);
    } catch (error) {
      if (isDuplicateKey(error)) return this.reuseDetected(token.familyId, token.userId);
      throw error;
    }
  }

  async logout(presented: string | undefined): Promise<void> {
    const token = await this.findPresentedToken(presented);
    if (!token) return;
    await this.sessions.revokeFamily(token.familyId, new Date());
    await this.tokens.revoke(token.userId, { sessionIds: [token.familyId] }, 'signed_out');
    await this.publisher.endSessions(token.userId, [token.familyId], 'signed_out');
  }

  /** Ends every sign-in of a user (after a role change or by an admin). */
  async endAllSessions(userId: string, reason: string): Promise<void> {
    const now = new Date();
    const families = await this.sessions.revokeAllForUser(userId, now);
    // The families cover this very second; the cutoff also covers sign-ins the family list missed.
    await this.tokens.revoke(userId, { sessionIds: families, issuedBefore: now }, reason);
    await this.publisher.endSessions(userId, families, reason);
  }

  private async startSession(user: UserRecord): Promise<IssuedSession> {
    const familyId = new Types.ObjectId().toHexString();
    return this.issue(user, familyId, `root:${familyId}`);
  }

  private async issue(user: UserRecord, familyId: string, parentId: string): Promise<IssuedSession> {
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000);
    const stored = await this.sessions.insertToken({ familyId, parentId, userId: user.id, secretHash: sha256(secret), expiresAt });
    return {
      user: toUserView(user, true),
      accessToken: this.tokens.sign({ id: user.id, role: user.role, sessionId: familyId }),
      refreshToken: `${stored.id}.${secret}`,
      refreshExpiresAt: expiresAt,
    };
  }

  private async findPresentedToken(presented: string | undefined) {
    const [id, secret] = (presented ?? '').split('.');
    if (!id || !secret || secret.length > 100) return null;
    const token = await this.sessions.findToken(id);
    if (!token) return null;
    const expected = Buffer.from(token.secretHash, 'hex');
    const actual = Buffer.from(sha256(secret), 'hex');
    return timingSafeEqual(expected, actual) ? token : null;
  }

  private async reuseDetected(familyId: string, userId: string): Promise<never> {
    this.logger.warn({ userId, familyId }, 'refresh token reused: revoking its family');
    await this.sessions.revokeFamily(familyId, new Date());
    await this.tokens.revoke(userId, { sessionIds: [familyId] }, 'token_reused');
    await this.publisher.endSessions(userId, [familyId], 'token_reused');
    throw new AppError('UNAUTHENTICATED', INVALID_REFRESH);
  }

  /**
   * Before a password is checked: 429 (SignInThrottled, with Retry-After) past the failures allowed to this
   * account from this address or from this address to any account; past the failures on this account from
   * every address, a progressive delay instead, the same whether the password will turn out right or wrong.
   * An address may have only a few sign-ins waiting at once; more get 429 straight away.
   */
  private async throttleSignIn(account: string, address: string): Promise<void> {
    const { perAccount, perAddress, windowMinutes, delayBaseMs, delayMaxMs } = this.config.loginThrottle;
    const now = Date.now();
    const windowMs = windowMinutes * 60_000;
    const since = new Date(now - windowMs);
    await this.sessions.pruneFailures(since);
    const [pairLimitedAt, addressLimitedAt, accountFailures] = await Promise.all([
      this.sessions.nthNewestFailureAt({ account, address }, since, perAccount),
      this.sessions.nthNewestFailureAt({ address }, since, perAddress),
      this.sessions.countFailures({ account }, since),
    ]);
    if (pairLimitedAt || addressLimitedAt) {
      const freeAt = Math.max(pairLimitedAt?.getTime() ?? 0, addressLimitedAt?.getTime() ?? 0) + windowMs;
      throw new SignInThrottled(Math.max(1, Math.ceil((freeAt - now) / 1000)));
    }
    const delayMs = progressiveDelayMs(accountFailures, perAccount, delayBaseMs, delayMaxMs);
    if (delayMs === 0) return;
    const release = this.waitingSignIns.enter(address);
    if (!release) throw new SignInThrottled(Math.max(1, Math.ceil(delayMs / 1000)));
    try {
      await sleep(delayMs);
    } finally {
      release();
    }
  }
}
