import type { ACTIVITY_KINDS, COHORT_STATUSES, ENROLLMENT_MODES, LESSON_KINDS, MEMBER_ROLES, RESOURCE_TYPES } from '@trainaction/contracts';
import { m } from '$lib/paraglide/messages';

type LessonKind = (typeof LESSON_KINDS)[number];
type ActivityKind = (typeof ACTIVITY_KINDS)[number];
type ResourceType = (typeof RESOURCE_TYPES)[number];
type CohortStatus = (typeof COHORT_STATUSES)[number];
type EnrollmentMode = (typeof ENROLLMENT_MODES)[number];
type MemberRole = (typeof MEMBER_ROLES)[number];

const LESSON: Record<LessonKind, () => string> = {
  text: m.lesson_kind_text,
  video: m.lesson_kind_video,
  reading: m.lesson_kind_reading,
  resource: m.lesson_kind_resource,
};
const ACTIVITY: Record<ActivityKind, () => string> = { submission: m.activity_kind_submission, forum: m.activity_kind_forum };
const RESOURCE: Record<ResourceType, () => string> = {
  document: m.resource_type_document,
  dataset: m.resource_type_dataset,
  tool: m.resource_type_tool,
  website: m.resource_type_website,
  audio: m.resource_type_audio,
};
const COHORT_STATUS: Record<CohortStatus, () => string> = {
  planned: m.cohort_status_planned,
  open: m.cohort_status_open,
  running: m.cohort_status_running,
  closed: m.cohort_status_closed,
};
const ENROLLMENT: Record<EnrollmentMode, () => string> = { coordinator: m.enrollment_mode_coordinator, open: m.enrollment_mode_open };
const MEMBER_ROLE: Record<MemberRole, () => string> = { learner: m.member_role_learner, moderator: m.member_role_moderator };

export const lessonKindLabel = (kind: LessonKind): string => LESSON[kind]?.() ?? kind;
export const activityKindLabel = (kind: ActivityKind): string => ACTIVITY[kind]?.() ?? kind;
export const resourceTypeLabel = (type: ResourceType): string => RESOURCE[type]?.() ?? type;
export const cohortStatusLabel = (status: CohortStatus): string => COHORT_STATUS[status]?.() ?? status;
export const enrollmentModeLabel = (mode: EnrollmentMode): string => ENROLLMENT[mode]?.() ?? mode;
export const memberRoleLabel = (role: MemberRole): string => MEMBER_ROLE[role]?.() ?? role;
