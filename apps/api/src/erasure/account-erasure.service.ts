import { Injectable } from '@nestjs/common';
import { RoomsErasure } from '@trainaction/rooms';
import { FilesService } from '@trainaction/files';
import { ForumErasure } from '@trainaction/forum';
import { UserAccounts, UserDirectory, UsersService } from '@trainaction/identity';
import { MailOutbox } from '@trainaction/mail';
import { Notifications } from '@trainaction/notifications';
import { AppError, SubjectRevocations, type AuthUser } from '@trainaction/platform';
import { AuditLog } from '@trainaction/audit';
import { SubmissionsErasure } from '@trainaction/submissions';

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
    private readonly users: UserDirectory,
    private readonly accounts: UserAccounts,
    private readonly usersService: UsersService,
    private readonly revocations: SubjectRevocations,
    private readonly messages: RoomsErasure,
    private readonly forum: ForumErasure,
    private readonly submissions: SubmissionsErasure,
    private readonly audit: AuditLog,
    private readonly mail: MailOutbox,
    private readonly notifications: Notifications,
    private readonly files: FilesService,
  ) {}

  async erase(caller: AuthUser, userId: string): Promise<void> {
    if (caller.id === userId) throw new AppError('FORBIDDEN', 'You cannot erase your own account');
    const target = await this.users.byId(userId);
    if (!target) throw AppError.notFound('User');
    await this.usersService.setDisabled(caller, userId, true);
    await this.accounts.anonymize(userId);
    await this.messages.renameAuthor(userId, FORMER_PARTICIPANT);
    await this.forum.renameAuthor(userId, FORMER_PARTICIPANT);
    await this.submissions.renameLearner(userId, FORMER_PARTICIPANT);
    await this.revocations.revoke(userId);
    await this.mail.forgetRecipient(target.email);
    await this.notifications.forget(userId);
    // Uploaded files are the person's own content (attachments, drafts): removed, content and metadata.
    await this.files.deleteOwnedBy(userId);
    const actor = await this.users.byId(caller.id);
    await this.audit.record({
      actorId: caller.id,
      actorName: actor?.displayName ?? '',
      action: 'account.erase',
      targetType: 'user',
      targetId: userId,
    });
  }
}
