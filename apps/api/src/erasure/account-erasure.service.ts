import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { RoomsRepository } from '@trainaction/rooms';
import { FilesService } from '@trainaction/files';
import { ForumRepository } from '@trainaction/forum';
import { PasswordHasher, UsersRepository, UsersService } from '@trainaction/identity';
import { MailOutbox } from '@trainaction/mail';
import { Notifications } from '@trainaction/notifications';
import { AppError, SubjectRevocations, type AuthUser } from '@trainaction/platform';
import { AuditLog } from '@trainaction/audit';
import { SubmissionsRepository } from '@trainaction/submissions';

export const FORMER_PARTICIPANT = 'Antiguo participante';

/**
 * Erasing a person spans every feature, so it lives in the composition root: their account is anonymised
 * (e-mail, name, gender, organisation replaced), their tokens and sockets end, and what they wrote stays
 * under "Antiguo participante" so conversations keep their sense. Country and sector stay for aggregate
 * reports only.
 */
@Injectable()
export class AccountErasureService {
  constructor(
    private readonly users: UsersRepository,
    private readonly usersService: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly revocations: SubjectRevocations,
    private readonly messages: RoomsRepository,
    private readonly forum: ForumRepository,
    private readonly submissions: SubmissionsRepository,
    private readonly audit: AuditLog,
    private readonly mail: MailOutbox,
    private readonly notifications: Notifications,
    private readonly files: FilesService,
  ) {}

  async erase(caller: AuthUser, userId: string): Promise<void> {
    if (caller.id === userId) throw new AppError('FORBIDDEN', 'You cannot erase your own account');
    const target = await this.users.findById(userId);
    if (!target) throw AppError.notFound('User');
    await this.usersService.setDisabled(caller, userId, true);
    await this.users.anonymize(userId, await this.hasher.hash(randomBytes(32).toString('base64url')));
    await this.messages.renameAuthor(userId, FORMER_PARTICIPANT);
    await this.forum.renameAuthor(userId, FORMER_PARTICIPANT);
    await this.submissions.renameLearner(userId, FORMER_PARTICIPANT);
    await this.revocations.revoke(userId);
    await this.mail.forgetRecipient(target.email);
    await this.notifications.forget(userId);
    // Uploaded files are the person's own content (attachments, drafts): removed, content and metadata.
    await this.files.deleteOwnedBy(userId);
    const actor = await this.users.findById(caller.id);
    await this.audit.record({
      actorId: caller.id,
      actorName: actor?.displayName ?? '',
      action: 'account.erase',
      targetType: 'user',
      targetId: userId,
    });
  }
}
