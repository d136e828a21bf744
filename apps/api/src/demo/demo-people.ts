import type { Gender, Sector } from '@trainaction/contracts';
import { DEMO_DOMAIN } from './demo-accounts';
import type { DemoRandom } from './demo-random';

/** The published figures the demo reproduces: 1,000 learners, 564 men and 436 women, five countries. */
export const DEMO_FIGURES = { learners: 1000, men: 564, women: 436 } as const;

export const COUNTRY_SHARES: Record<string, number> = { HN: 230, GT: 215, SV: 205, CR: 190, DO: 160 };

export const COUNTRY_NAMES: Record<string, string> = {
  CR: 'Costa Rica',
  SV: 'El Salvador',
  GT: 'Guatemala',
  HN: 'Honduras',
  DO: 'República Dominicana',
};

export const COUNTRY_TIMEZONES: Record<string, string> = {
  CR: 'America/Costa_Rica',
  SV: 'America/El_Salvador',
  GT: 'America/Guatemala',
  HN: 'America/Tegucigalpa',
  DO: 'America/Santo_Domingo',
};

const SECTOR_WEIGHTS: Record<Sector, number> = {
  law_enforcement: 24,
  public_employee: 22,
  technical_team: 18,
  decision_maker: 8,
  academia: 10,
  research: 8,
  civil_society: 10,
};

const ORGANIZATIONS: Record<Sector, Record<string, string>> = {
  law_enforcement: {
    CR: 'Fuerza Pública de Costa Rica',
    SV: 'Policía Nacional Civil de El Salvador',
    GT: 'Policía Nacional Civil de Guatemala',
    HN: 'Policía Nacional de Honduras',
    DO: 'Policía Nacional Dominicana',
  },
  decision_maker: {
    CR: 'Ministerio de Seguridad Pública',
    SV: 'Ministerio de Justicia y Seguridad Pública',
    GT: 'Ministerio de Gobernación',
    HN: 'Secretaría de Estado en el Despacho de Seguridad',
    DO: 'Ministerio de Interior y Policía',
  },
  public_employee: {
    CR: 'Viceministerio de Paz',
    SV: 'Dirección de Prevención Social de la Violencia',
    GT: 'Unidad para la Prevención Comunitaria de la Violencia',
    HN: 'Subsecretaría de Prevención',
    DO: 'Procuraduría General de la República',
  },
  technical_team: {
    CR: 'Organismo de Investigación Judicial, unidad de análisis',
    SV: 'Observatorio de seguridad ciudadana municipal',
    GT: 'Observatorio de la violencia del Ministerio de Gobernación',
    HN: 'Observatorio de la Violencia, UNAH',
    DO: 'Observatorio de Seguridad Ciudadana',
  },
  academia: {
    CR: 'Universidad de Costa Rica',
    SV: 'Universidad de El Salvador',
    GT: 'Universidad de San Carlos de Guatemala',
    HN: 'Universidad Nacional Autónoma de Honduras',
    DO: 'Universidad Autónoma de Santo Domingo',
  },
  research: {
    CR: 'FLACSO Costa Rica',
    SV: 'Centro de investigación en seguridad y justicia',
    GT: 'Instituto de investigación en políticas públicas',
    HN: 'Centro de estudios sobre violencia y convivencia',
    DO: 'Instituto de investigación social',
  },
  civil_society: {
    CR: 'Red comunitaria de prevención de la violencia',
    SV: 'Fundación para la convivencia y la paz',
    GT: 'Asociación de mujeres por la seguridad',
    HN: 'Asociación para una sociedad más justa',
    DO: 'Coalición ciudadana por la seguridad',
  },
};

const WOMEN = [
  'María',
  'Ana',
  'Lucía',
  'Carmen',
  'Rosa',
  'Gabriela',
  'Patricia',
  'Sofía',
  'Daniela',
  'Andrea',
  'Karla',
  'Marta',
  'Verónica',
  'Claudia',
  'Paola',
  'Alejandra',
  'Julia',
  'Isabel',
  'Fernanda',
  'Yesenia',
  'Mónica',
  'Lorena',
  'Elena',
  'Silvia',
];
const MEN = [
  'José',
  'Juan',
  'Carlos',
  'Luis',
  'Jorge',
  'Miguel',
  'Francisco',
  'Ricardo',
  'Mario',
  'Roberto',
  'Óscar',
  'Javier',
  'Fernando',
  'Andrés',
  'Eduardo',
  'Manuel',
  'Héctor',
  'Raúl',
  'Pedro',
  'Diego',
  'Alberto',
  'Ernesto',
  'Rafael',
  'Víctor',
];
const SURNAMES = [
  'García',
  'Hernández',
  'López',
  'Martínez',
  'González',
  'Pérez',
  'Rodríguez',
  'Sánchez',
  'Ramírez',
  'Flores',
  'Cruz',
  'Morales',
  'Reyes',
  'Castillo',
  'Mejía',
  'Ortiz',
  'Vásquez',
  'Rivera',
  'Jiménez',
  'Méndez',
  'Aguilar',
  'Castro',
  'Romero',
  'Herrera',
  'Alvarado',
  'Díaz',
  'Guzmán',
  'Mora',
  'Vargas',
  'Solís',
];

export interface DemoPerson {
  email: string;
  displayName: string;
  country: string;
  gender: Gender;
  sector: Sector;
  organization: string;
}

function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function personFor(
  random: DemoRandom,
  index: number,
  country: string,
  gender: Gender,
  sector: Sector = random.weighted(SECTOR_WEIGHTS),
): DemoPerson {
  const first = random.pick(gender === 'woman' ? WOMEN : MEN);
  const surnames = `${random.pick(SURNAMES)} ${random.pick(SURNAMES)}`;
  return {
    email: `${ascii(first)}.${ascii(surnames.split(' ')[0])}.${String(index).padStart(4, '0')}@${DEMO_DOMAIN}`,
    displayName: `${first} ${surnames}`,
    country,
    gender,
    sector,
    organization: ORGANIZATIONS[sector][country],
  };
}

/**
 * The generated learners: `count` people with exactly `men` men, the rest women, and countries in the
 * academy's proportions, minus the named demo learners already counted in `reserved`.
 */
export function generateLearners(random: DemoRandom, reserved: { country: string; gender: Gender }[]): DemoPerson[] {
  const total = DEMO_FIGURES.learners - reserved.length;
  const men = DEMO_FIGURES.men - reserved.filter((r) => r.gender === 'man').length;
  const genders = random.shuffle([...Array<Gender>(men).fill('man'), ...Array<Gender>(total - men).fill('woman')]);
  const countries: string[] = [];
  for (const [country, share] of Object.entries(COUNTRY_SHARES)) {
    const taken = reserved.filter((r) => r.country === country).length;
    countries.push(...Array<string>(share - taken).fill(country));
  }
  random.shuffle(countries);
  return genders.map((gender, i) => personFor(random, i + 1, countries[i], gender));
}
