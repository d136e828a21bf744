import { Module } from '@nestjs/common';
import { CohortsModule } from '@trainaction/cohorts';
import { IdentityModule } from '@trainaction/identity';
import { PeopleController } from './people.controller';

@Module({ imports: [IdentityModule, CohortsModule], controllers: [PeopleController] })
export class PeopleModule {}
