import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiFileResult, CurrentUser, type AuthUser } from '@trainaction/platform';
import type { Request, Response } from 'express';
import { FileServing } from './file-serving';

@ApiTags('files')
@ApiBearerAuth()
@Controller('files')
export class FilesController {
  constructor(private readonly serving: FileServing) {}

  @Get(':id')
  @ApiOperation({
    summary: 'A stored file, to whoever may see what it belongs to (404 otherwise); HTTP Range; ?download=1 as an attachment',
  })
  @ApiFileResult(200, ['application/octet-stream'], 'The file’s bytes, in its own content type')
  @ApiFileResult(206, ['application/octet-stream'], 'The range asked for (HTTP Range)')
  @ApiErrors(416)
  get(
    @CurrentUser() caller: AuthUser,
    @Param('id') id: string,
    @Query('download') download: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    return this.serving.serve(caller, id, download === '1' || download === 'true', req, res);
  }
}
