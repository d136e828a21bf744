import { render, screen } from '@testing-library/svelte';
import type { MemberView } from '@trainaction/contracts';
import { describe, expect, it } from 'vitest';
import CohortMembers from './CohortMembers.svelte';

const members: MemberView[] = [
  {
    userId: '65f0c0ffee0123456789ab01',
    displayName: 'Nadia Nueva',
    country: 'HN',
    role: 'learner',
    email: 'nadia@example.org',
    invitationPending: true,
  },
  { userId: '65f0c0ffee0123456789ab02', displayName: 'Eva Activa', country: 'HN', role: 'learner', email: 'eva@example.org' },
];

describe('CohortMembers', () => {
  it('marks people who have not accepted their invitation and lets coordinators send it again', () => {
    render(CohortMembers, { members, failed: false, manager: true });
    expect(screen.getAllByTestId('member-pending').map((e) => e.textContent)).toEqual(['invitada/o, pendiente']);
    expect(screen.getByTestId('members-pending-count').textContent).toBe('1 persona aún no aceptó su invitación.');
    const resend = screen.getByRole('button', { name: 'Reenviar la invitación a Nadia Nueva' });
    expect((resend.closest('form')!.querySelector('input[name="userId"]') as HTMLInputElement).value).toBe(members[0].userId);
    expect(screen.getAllByRole('button')).toHaveLength(1);
  });

  it('says how many are pending with the right plural, and offers no resend to others', () => {
    render(CohortMembers, { members: members.map((m) => ({ ...m, invitationPending: true })), failed: false, manager: false });
    expect(screen.getByTestId('members-pending-count').textContent).toBe('2 personas aún no aceptaron su invitación.');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('words the answer of a resend', () => {
    render(CohortMembers, { members, failed: false, manager: true, resend: { name: 'Nadia Nueva', code: 'CONFLICT' } });
    expect(document.body.textContent).toContain('Nadia Nueva ya aceptó su invitación.');
  });
});
