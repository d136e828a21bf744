import { MERGED_GENDER, type Gender, type Locale, type Role, type Sector } from '@trainaction/contracts';
import { m } from '$lib/paraglide/messages';

const ROLE_LABELS: Record<Role, () => string> = {
  learner: m.role_learner,
  moderator: m.role_moderator,
  coordinator: m.role_coordinator,
  admin: m.role_admin,
};

const GENDER_LABELS: Record<string, () => string> = {
  woman: m.gender_woman,
  man: m.gender_man,
  non_binary: m.gender_non_binary,
  self_described: m.gender_self_described,
  undisclosed: m.gender_undisclosed,
  [MERGED_GENDER]: m.gender_other_or_undisclosed,
};

const SECTOR_LABELS: Record<Sector, () => string> = {
  decision_maker: m.sector_decision_maker,
  law_enforcement: m.sector_law_enforcement,
  technical_team: m.sector_technical_team,
  public_employee: m.sector_public_employee,
  academia: m.sector_academia,
  research: m.sector_research,
  civil_society: m.sector_civil_society,
};

const LOCALE_LABELS: Record<Locale, () => string> = {
  es: m.locale_es,
  en: m.locale_en,
};

export const roleLabel = (role: Role): string => ROLE_LABELS[role]?.() ?? role;
export const genderLabel = (gender: Gender | string): string => GENDER_LABELS[gender]?.() ?? gender;
export const sectorLabel = (sector: Sector): string => SECTOR_LABELS[sector]?.() ?? sector;
export const localeLabel = (locale: Locale): string => LOCALE_LABELS[locale]?.() ?? locale;
