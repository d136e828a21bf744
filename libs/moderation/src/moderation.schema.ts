import type { FlagReason, FlagState } from '@trainaction/contracts';
import { Schema, Types } from 'mongoose';

export interface FlagDoc {
  _id: Types.ObjectId;
  cohortId: string;
  roomId?: string;
  messageId?: string;
  postId?: string;
  /** messageId or postId: one flag per reporter per item (unique with reporterId). */
  targetKey: string;
  targetAuthorId?: string;
  targetAuthorName?: string;
  excerpt: string;
  reason: FlagReason;
  note?: string;
  state: FlagState;
  reporterId: string;
  reporterName: string;
  assigneeId?: string;
  assigneeName?: string;
  notes: { authorId: string; authorName: string; text: string; at: Date }[];
  createdAt: Date;
  updatedAt: Date;
}

export const FLAG_MODEL = 'Flag';

export const FlagSchema = new Schema<FlagDoc>(
  {
    cohortId: { type: String, required: true, index: true },
    roomId: String,
    messageId: String,
    postId: String,
    targetKey: { type: String, required: true },
    targetAuthorId: String,
    targetAuthorName: String,
    excerpt: { type: String, default: '' },
    reason: { type: String, required: true },
    note: String,
    state: { type: String, required: true, index: true },
    reporterId: { type: String, required: true },
    reporterName: { type: String, required: true },
    assigneeId: String,
    assigneeName: String,
    notes: { type: [new Schema({ authorId: String, authorName: String, text: String, at: Date }, { _id: false })], default: [] },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'flags', versionKey: false },
);
FlagSchema.index({ targetKey: 1, reporterId: 1 }, { unique: true });

/** The people of a cohort who receive safeguarding flags (and only they). */
export interface SafeguardingContactDoc {
  cohortId: string;
  userId: string;
}

export const SAFEGUARDING_MODEL = 'SafeguardingContact';

export const SafeguardingContactSchema = new Schema<SafeguardingContactDoc>(
  { cohortId: { type: String, required: true, index: true }, userId: { type: String, required: true } },
  { collection: 'safeguarding_contacts', versionKey: false },
);
SafeguardingContactSchema.index({ cohortId: 1, userId: 1 }, { unique: true });
