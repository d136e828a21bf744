import type { CohortView, CourseSummary, MemberRole } from '@trainaction/contracts';
import type { CohortRecord } from './cohorts.repository';

export function toCohortView(cohort: CohortRecord, memberCount: number, myRole?: MemberRole, course?: CourseSummary): CohortView {
  return {
    id: cohort.id,
    courseId: cohort.courseId,
    name: cohort.name,
    countries: cohort.countries,
    startsAt: cohort.startsAt.toISOString(),
    endsAt: cohort.endsAt.toISOString(),
    timezone: cohort.timezone,
    capacity: cohort.capacity,
    status: cohort.status,
    enrollmentMode: cohort.enrollmentMode,
    memberCount,
    myRole,
    course: course ? { slug: course.slug, title: course.title } : undefined,
  };
}
