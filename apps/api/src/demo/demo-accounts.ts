import type { Gender, Role, Sector } from '@trainaction/contracts';

export const DEMO_PASSWORD = 'TrainAction-demo-2026';
export const DEMO_DOMAIN = 'trainaction.demo';

export interface DemoAccount {
  email: string;
  displayName: string;
  role: Role;
  country: string;
  gender: Gender;
  sector: Sector;
  organization: string;
}

/** The named demo accounts of the README. The full demo academy grows around them. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: `admin@${DEMO_DOMAIN}`,
    displayName: 'Administración TrainAction',
    role: 'admin',
    country: 'CR',
    gender: 'undisclosed',
    sector: 'technical_team',
    organization: 'TrainAction',
  },
  {
    email: `coordinacion@${DEMO_DOMAIN}`,
    displayName: 'Laura Coordinadora',
    role: 'coordinator',
    country: 'SV',
    gender: 'woman',
    sector: 'academia',
    organization: 'Academia de Seguridad Ciudadana',
  },
  {
    email: `moderacion@${DEMO_DOMAIN}`,
    displayName: 'Mario Moderador',
    role: 'moderator',
    country: 'GT',
    gender: 'man',
    sector: 'research',
    organization: 'Academia de Seguridad Ciudadana',
  },
  {
    email: `aprendiz@${DEMO_DOMAIN}`,
    displayName: 'Ana Aprendiz',
    role: 'learner',
    country: 'HN',
    gender: 'woman',
    sector: 'law_enforcement',
    organization: 'Policía Nacional de Honduras',
  },
];
