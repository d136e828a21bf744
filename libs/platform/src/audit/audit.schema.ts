import { Schema } from 'mongoose';

/** One accountable action. The collection is append-only: the code has no update or delete for it. */
export interface AuditEntryDoc {
  cohortId?: string;
  actorId: string;
  actorName: string;
  action: string;
  targetType: string;
  targetId: string;
  reason?: string;
  details?: Record<string, unknown>;
  at: Date;
}

export const AUDIT_MODEL = 'AuditEntry';

export const AuditEntrySchema = new Schema<AuditEntryDoc>(
  {
    cohortId: { type: String, index: true },
    actorId: { type: String, required: true, index: true },
    actorName: { type: String, required: true },
    action: { type: String, required: true, index: true },
    targetType: { type: String, required: true },
    targetId: { type: String, required: true },
    reason: String,
    details: Schema.Types.Mixed,
    at: { type: Date, required: true, index: true },
  },
  { collection: 'audit_log', versionKey: false },
);
