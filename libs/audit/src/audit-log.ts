import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { AUDIT_MODEL, type AuditEntryDoc } from './audit.schema';

export type AuditEntry = AuditEntryDoc & { id: string };

export interface AuditQuery {
  cohortId?: string;
  courseId?: string;
  /** Safeguarding entries are left out unless the caller is a safeguarding contact of the cohort. */
  includeRestricted?: boolean;
  action?: string;
  actorId?: string;
  from?: Date;
  to?: Date;
  before?: string;
  limit: number;
}

/**
 * The audit log of moderation and role actions. It offers `record` and `find` only: no API, here or
 * elsewhere, can change or delete an entry.
 */
@Injectable()
export class AuditLog {
  constructor(@InjectModel(AUDIT_MODEL) private readonly entries: Model<AuditEntryDoc>) {}

  async record(entry: Omit<AuditEntryDoc, 'at'>): Promise<void> {
    await this.entries.create({ ...entry, at: new Date() });
  }

  async find(query: AuditQuery): Promise<AuditEntry[]> {
    const filter: Record<string, unknown> = {};
    if (query.cohortId) filter.cohortId = query.cohortId;
    if (query.courseId) filter.courseId = query.courseId;
    if (!query.includeRestricted) filter.restricted = { $exists: false };
    if (query.action) filter.action = query.action;
    if (query.actorId) filter.actorId = query.actorId;
    if (query.from || query.to) filter.at = { ...(query.from ? { $gte: query.from } : {}), ...(query.to ? { $lt: query.to } : {}) };
    if (query.before && Types.ObjectId.isValid(query.before)) filter._id = { $lt: new Types.ObjectId(query.before) };
    const docs = await this.entries
      .find(filter)
      .sort({ _id: -1 })
      .limit(query.limit)
      .lean<(AuditEntryDoc & { _id: Types.ObjectId })[]>()
      .exec();
    return docs.map(({ _id, ...rest }) => ({ ...rest, id: _id.toHexString() }));
  }
}
