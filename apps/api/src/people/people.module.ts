import { Module } from '@nestjs/common';
import { CohortsModule } from '@trainaction/cohorts';
import { IdentityModule } from '@trainaction/identity';
import { MeController } from './me.controller';
import { PeopleController } from './people.controller';

@Module({ imports: [IdentityModule, CohortsModule], controllers: [MeController, PeopleController] })
export class PeopleModule {}
