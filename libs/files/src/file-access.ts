import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@trainaction/platform';
import type { BelongsTo } from './file-record';

/** Whether the caller may see what a file belongs to; the owning lib decides by its own visibility rule. */
export type FilePolicy = (caller: AuthUser, belongsTo: BelongsTo) => Promise<boolean>;

export interface FilePolicyOptions {
  /**
   * Files of this kind belong to something shared, not to the person who uploaded them (a course's lesson
   * media): erasing the uploader's account keeps them. Default false: a person's uploads go with them.
   */
  keepOnErasure?: boolean;
}

/**
 * One policy per kind of owner (`submission-version`, `lesson`, …), registered by the lib that owns that kind
 * (in its module's `onModuleInit`). A kind without a policy is served to nobody.
 */
@Injectable()
export class FileAccess {
  private readonly policies = new Map<string, FilePolicy>();
  private readonly kept = new Set<string>();

  registerPolicy(kind: string, policy: FilePolicy, options: FilePolicyOptions = {}): void {
    if (this.policies.has(kind)) throw new Error(`A file access policy for ${kind} is already registered`);
    this.policies.set(kind, policy);
    if (options.keepOnErasure) this.kept.add(kind);
  }

  keptOnErasure(kind: string): boolean {
    return this.kept.has(kind);
  }

  async mayRead(caller: AuthUser, belongsTo: BelongsTo): Promise<boolean> {
    const policy = this.policies.get(belongsTo.kind);
    if (!policy) return false;
    return policy(caller, belongsTo).catch(() => false);
  }
}
