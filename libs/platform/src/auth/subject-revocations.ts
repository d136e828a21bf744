import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Schema } from 'mongoose';

export interface RevokedSubjectDoc {
  userId: string;
  at: Date;
}

export const REVOKED_SUBJECT_MODEL = 'RevokedSubject';
export const RevokedSubjectSchema = new Schema<RevokedSubjectDoc>(
  { userId: { type: String, required: true, unique: true }, at: { type: Date, required: true } },
  { collection: 'revoked_subjects', versionKey: false },
);

const REFRESH_MS = 2000;

/**
 * Accounts whose access tokens must stop working before they expire (disabled or erased accounts). Kept in
 * memory and refreshed from the database every 2 s, so every API node refuses them within seconds without
 * a database read per request.
 */
@Injectable()
export class SubjectRevocations implements OnModuleInit, OnModuleDestroy {
  private revoked = new Set<string>();
  private timer?: NodeJS.Timeout;

  constructor(@InjectModel(REVOKED_SUBJECT_MODEL) private readonly subjects: Model<RevokedSubjectDoc>) {}

  async onModuleInit(): Promise<void> {
    await this.refresh().catch(() => undefined);
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), REFRESH_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  isRevoked(userId: string): boolean {
    return this.revoked.has(userId);
  }

  async revoke(userId: string): Promise<void> {
    this.revoked.add(userId);
    await this.subjects.updateOne({ userId }, { $set: { at: new Date() } }, { upsert: true }).exec().catch((error: { code?: number }) => {
      if (error.code !== 11000) throw error;
    });
  }

  async restore(userId: string): Promise<void> {
    this.revoked.delete(userId);
    await this.subjects.deleteOne({ userId }).exec();
  }

  private async refresh(): Promise<void> {
    const docs = await this.subjects.find({}, { userId: 1, _id: 0 }).lean<{ userId: string }[]>().exec();
    this.revoked = new Set(docs.map((d) => d.userId));
  }
}
