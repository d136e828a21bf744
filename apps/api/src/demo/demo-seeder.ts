import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { PasswordHasher, UsersRepository } from '@trainaction/identity';
import { AppConfig } from '@trainaction/platform';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';

/**
 * Creates the demo accounts on first start when SEED_DEMO is on. Idempotent: existing accounts are kept,
 * and several API nodes starting together are settled by the unique e-mail index.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    const missing = [];
    for (const account of DEMO_ACCOUNTS) {
      if (!(await this.users.findByEmail(account.email))) missing.push(account);
    }
    if (missing.length === 0) return;
    // Demo accounts share one password, so one hash serves them all.
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    const created = await this.users.createMany(missing.map((a) => ({ ...a, passwordHash, locale: 'es' as const })));
    this.logger.log(`demo accounts created: ${created}`);
  }
}
