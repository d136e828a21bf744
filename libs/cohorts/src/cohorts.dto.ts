import {
  balancedBuildSchema,
  cohortInputSchema,
  cohortInvitationSchema,
  cohortListQuerySchema,
  cohortUpdateSchema,
  csvImportSchema,
  enrollmentSchema,
} from '@trainaction/contracts';
import { createZodDto } from 'nestjs-zod';

export class CohortInputDto extends createZodDto(cohortInputSchema) {}
export class CohortUpdateDto extends createZodDto(cohortUpdateSchema) {}
export class CohortListQueryDto extends createZodDto(cohortListQuerySchema) {}
export class EnrollmentDto extends createZodDto(enrollmentSchema) {}
export class CsvImportDto extends createZodDto(csvImportSchema) {}
export class BalancedBuildDto extends createZodDto(balancedBuildSchema) {}
export class CohortInvitationDto extends createZodDto(cohortInvitationSchema) {}
