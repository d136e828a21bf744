import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AppConfig } from '@trainaction/platform';
import { MailAdminController } from './mail-admin.controller';
import { MailOutbox } from './mail-outbox';
import { createMailTransport, MailTransport } from './mail-transport';
import { MailWorker } from './mail-worker';
import { OutboxRepository } from './outbox.repository';
import {
  BAD_ADDRESS_MODEL,
  BadAddressSchema,
  MAIL_CLAIM_MODEL,
  MAIL_OUTBOX_MODEL,
  MailClaimSchema,
  MailOutboxSchema,
} from './outbox.schema';

/** Mail: the durable outbox, its worker (in every API process), the templates and the admin view. */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: MAIL_OUTBOX_MODEL, schema: MailOutboxSchema },
      { name: MAIL_CLAIM_MODEL, schema: MailClaimSchema },
      { name: BAD_ADDRESS_MODEL, schema: BadAddressSchema },
    ]),
  ],
  controllers: [MailAdminController],
  providers: [
    OutboxRepository,
    MailWorker,
    MailOutbox,
    { provide: MailTransport, inject: [AppConfig], useFactory: (config: AppConfig) => createMailTransport(config.mail) },
  ],
  exports: [MailOutbox],
})
export class MailModule {}
