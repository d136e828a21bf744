import type { ListUsersQuery, UserSort } from '@trainaction/contracts';
import { Types } from 'mongoose';

const ACCENTED: Record<string, string> = { a: 'aáàâäã', e: 'eéèêë', i: 'iíìîï', o: 'oóòôöõ', u: 'uúùûü', n: 'nñ', c: 'cç' };

/**
 * A case-insensitive regex source that finds `query` anywhere, accents ignored on both sides: "maria"
 * and "MARÍA" find "María", "peña" finds "Pena". Everything else in the query is matched literally.
 */
export function accentInsensitivePattern(query: string): string {
  const folded = query
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
  return [...folded].map((c) => (ACCENTED[c] ? `[${ACCENTED[c]}]` : c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))).join('');
}

/** The user list's filter, as the database reads it (equalities first, so the pushdown narrows by index). */
export function userListFilter(
  query: Omit<ListUsersQuery, 'limit' | 'cursor' | 'page' | 'sort'>,
  memberIds?: string[],
): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  if (query.role) filter.role = query.role;
  if (query.country) filter.country = query.country;
  if (query.status === 'disabled') filter.disabledAt = { $exists: true };
  if (query.status === 'invited') Object.assign(filter, { disabledAt: { $exists: false }, invitationPendingSince: { $exists: true } });
  if (query.status === 'active') Object.assign(filter, { disabledAt: { $exists: false }, invitationPendingSince: { $exists: false } });
  if (memberIds) filter._id = { $in: memberIds.filter((id) => Types.ObjectId.isValid(id)).map((id) => new Types.ObjectId(id)) };
  if (query.q) {
    const pattern = accentInsensitivePattern(query.q);
    filter.$or = [{ displayName: { $regex: pattern, $options: 'i' } }, { emailLower: { $regex: pattern } }];
  }
  return filter;
}

export const USER_SORT_FIELDS: Record<UserSort, Record<string, 1 | -1>> = {
  name: { displayName: 1, _id: 1 },
  '-name': { displayName: -1, _id: -1 },
  created: { _id: 1 },
  '-created': { _id: -1 },
};
