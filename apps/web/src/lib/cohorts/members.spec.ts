import type { MemberView } from '@trainaction/contracts';
import { describe, expect, it } from 'vitest';
import { groupMembers } from './members';

const member = (displayName: string, country: string, role: MemberView['role'] = 'learner'): MemberView => ({
  userId: displayName,
  displayName,
  country,
  role,
});

describe(groupMembers.name, () => {
  it('lists moderators apart and learners by country, academy countries first', () => {
    const sut = groupMembers([
      member('Zoe', 'HN'),
      member('Mario', 'MX'),
      member('Ana', 'HN'),
      member('Carla', 'CR', 'moderator'),
      member('Luis', 'DO'),
      member('Óscar', 'CR'),
    ]);
    expect(sut.moderators.map((m) => m.displayName)).toEqual(['Carla']);
    expect(sut.byCountry.map((g) => g.country)).toEqual(['CR', 'HN', 'DO', 'MX']);
    expect(sut.byCountry[1].members.map((m) => m.displayName)).toEqual(['Ana', 'Zoe']);
  });

  it('has no groups for an empty cohort', () => {
    expect(groupMembers([])).toEqual({ moderators: [], byCountry: [] });
  });
});
