import { Injectable } from '@nestjs/common';
import { SubmissionsRepository } from '../submissions.repository';

/** What erasing an account (apps/api/src/erasure) asks of submissions: they stay, under another name. */
@Injectable()
export class SubmissionsErasure {
  constructor(private readonly submissions: SubmissionsRepository) {}

  renameLearner(learnerId: string, name: string): Promise<void> {
    return this.submissions.renameLearner(learnerId, name);
  }
}
