import { availableParallelism } from 'node:os';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@trainaction/platform';
import * as argon2 from 'argon2';

/**
 * argon2id hashing with a cap on concurrent hashes, so a burst of sign-ins queues instead of
 * exhausting memory and CPU.
 */
@Injectable()
export class PasswordHasher {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly limit = Math.max(1, availableParallelism());
  private dummyHash?: Promise<string>;

  constructor(private readonly config: AppConfig) {}

  hash(password: string): Promise<string> {
    return this.limited(() =>
      argon2.hash(password, {
        type: argon2.argon2id,
        memoryCost: this.config.argon2.memoryCost,
        timeCost: this.config.argon2.timeCost,
        parallelism: 1,
      }),
    );
  }

  verify(hash: string, password: string): Promise<boolean> {
    return this.limited(() => argon2.verify(hash, password).catch(() => false));
  }

  /** Spends the same work as a real check, so an unknown e-mail answers in about the same time. */
  async verifyAgainstNothing(password: string): Promise<false> {
    this.dummyHash ??= this.hash('timing-equaliser-not-a-password');
    await this.verify(await this.dummyHash, password);
    return false;
  }

  private async limited<T>(work: () => Promise<T>): Promise<T> {
    // A finishing hash hands its slot straight to the next waiter, so the cap is never exceeded.
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
