import { courseInputSchema, courseListQuerySchema, courseStatusSchema } from '@trainaction/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class CourseInputDto extends createZodDto(courseInputSchema) {}
export class CourseListQueryDto extends createZodDto(courseListQuerySchema) {}
export class CourseStatusDto extends createZodDto(courseStatusSchema) {}
export class LessonDoneDto extends createZodDto(z.strictObject({ done: z.boolean() })) {}
