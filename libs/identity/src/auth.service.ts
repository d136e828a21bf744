import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { AuthResult, LoginInput, RegisterInput } from '@trainaction/contracts';
import { AccessTokenService, AppConfig, AppError, RealtimePublisher } from '@trainaction/platform';
import { Types } from 'mongoose';
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

  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: AccessTokenService,
    private readonly publisher: RealtimePublisher,
    private readonly config: AppConfig,
  ) {}

  async register(input: RegisterInput): Promise<IssuedSession> {
    const passwordHash = await this.hasher.hash(input.password);
    let user: UserRecord;
    try {
      user = await this.users.create({
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
      });
    } catch (error) {
      if (isDuplicateKey(error)) throw new AppError('CONFLICT', 'An account with this e-mail already exists', [{ path: 'email', message: 'is already registered' }]);
      throw error;
    }
    return this.startSession(user);
  }

  async login(input: LoginInput, address: string): Promise<IssuedSession> {
    const now = new Date();
    const accountKey = `account:${input.email.toLowerCase()}`;
    const addressKey = `address:${address}`;
    await this.assertNotThrottled(accountKey, addressKey, now);

    const user = await this.users.findByEmail(input.email);
    const valid = user ? await this.hasher.verify(user.passwordHash, input.password) : await this.hasher.verifyAgainstNothing(input.password);
    if (!user || !valid) {
      await this.sessions.recordFailures([accountKey, addressKey], now);
      throw new AppError('UNAUTHENTICATED', INVALID_LOGIN);
    }
    await this.sessions.clearFailures(accountKey);
    if (user.disabledAt) throw new AppError('UNAUTHENTICATED', 'This account is disabled; contact the academy');
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
    await this.publisher.endSessions(token.userId, [token.familyId], 'signed_out');
  }

  /** Ends every sign-in of a user (after a role change or by an admin). */
  async endAllSessions(userId: string, reason: string): Promise<void> {
    const families = await this.sessions.revokeAllForUser(userId, new Date());
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
    await this.publisher.endSessions(userId, [familyId], 'token_reused');
    throw new AppError('UNAUTHENTICATED', INVALID_REFRESH);
  }

  private async assertNotThrottled(accountKey: string, addressKey: string, now: Date): Promise<void> {
    const { perAccount, perAddress, windowMinutes } = this.config.loginThrottle;
    const since = new Date(now.getTime() - windowMinutes * 60_000);
    await this.sessions.pruneFailures(since);
    const [accountFailures, addressFailures] = await Promise.all([
      this.sessions.countFailures(accountKey, since),
      this.sessions.countFailures(addressKey, since),
    ]);
    if (accountFailures >= perAccount || addressFailures >= perAddress) {
      throw new AppError('RATE_LIMITED', `Too many failed sign-ins; try again in ${windowMinutes} minutes`);
    }
  }
}
