import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type FileOrphansView, fileOrphansViewSchema } from '@trainaction/contracts';
import { ApiResult, Roles } from '@trainaction/platform';
import { FilesService } from './files.service';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/files')
export class FilesAdminController {
  constructor(private readonly files: FilesService) {}

  @Get('orphans')
  @ApiOperation({
    summary: 'Stored content without metadata and metadata without content, on the configured backend (admins; nothing is changed)',
  })
  @ApiResult(fileOrphansViewSchema)
  async orphans(): Promise<FileOrphansView> {
    return { backend: this.files.backend, ...(await this.files.orphans()) };
  }
}
