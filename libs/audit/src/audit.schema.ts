import { Schema } from 'mongoose';

/** One accountable action. The collection is append-only: the code has no update or delete for it. */
export interface AuditEntryDoc {
  cohortId?: string;
  /** Actions in a course's shared forum, which belongs to no single cohort. */
  courseId?: string;
  actorId: string;
  actorName: string;
  action: string;
  targetType: string;
  targetId: string;
  reason?: string;
  details?: Record<string, unknown>;
  /**
   * Safeguarding entries: shown only to the cohort's safeguarding contacts. They hold ids only, never a
   * note, and the reporter of a safeguarding flag is never the actor (see WITHHELD_ACTOR).
   */
  restricted?: 'safeguarding';
  at: Date;
}

/** The actor of an entry whose actor must not be known (the reporter of a safeguarding flag). */
export const WITHHELD_ACTOR = 'withheld';

export const AUDIT_MODEL = 'AuditEntry';

export const AuditEntrySchema = new Schema<AuditEntryDoc>(
  {
    cohortId: { type: String, index: true },
    courseId: { type: String, index: true },
    actorId: { type: String, required: true, index: true },
    actorName: { type: String, default: '' },
    action: { type: String, required: true, index: true },
    targetType: { type: String, required: true },
    targetId: { type: String, required: true },
    reason: String,
    details: Schema.Types.Mixed,
    restricted: String,
    at: { type: Date, required: true, index: true },
  },
  { collection: 'audit_log', versionKey: false },
);
