import { Controller, Delete, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiNoContent, type AuthUser, CurrentUser, Roles } from '@trainaction/platform';
import { AccountErasureService } from './account-erasure.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class AccountErasureController {
  constructor(private readonly erasure: AccountErasureService) {}

  @Delete(':id')
  @Roles('admin')
  @ApiOperation({
    summary: 'Erase a person (admins): personal data anonymised, sessions ended, contributions kept as "Antiguo participante"',
  })
  @ApiNoContent()
  erase(@CurrentUser() caller: AuthUser, @Param('id') id: string): Promise<void> {
    return this.erasure.erase(caller, id);
  }
}
