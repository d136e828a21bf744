import { Controller, Delete, HttpCode, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type AuthUser } from '@trainaction/platform';
import { AccountErasureService } from './account-erasure.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class AccountErasureController {
  constructor(private readonly erasure: AccountErasureService) {}

  @Delete(':id')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Erase a person (admins): personal data anonymised, sessions ended, contributions kept as "Antiguo participante"',
  })
  erase(@CurrentUser() caller: AuthUser, @Param('id') id: string): Promise<void> {
    return this.erasure.erase(caller, id);
  }
}
