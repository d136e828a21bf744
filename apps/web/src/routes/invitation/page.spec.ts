import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import InvitationPage from './+page.svelte';

type Props = Parameters<typeof render<typeof InvitationPage>>[1];

interface Data {
  token: string;
  problem?: string | null;
  cohortName?: string | null;
}

function renderPage(data: Data, form: unknown = null) {
  return render(InvitationPage, { data: { problem: null, cohortName: null, ...data }, form, params: {} } as unknown as Props);
}

describe('the invitation page', () => {
  it('names the cohort, asks for a new password and carries the token in the form', () => {
    renderPage({ token: 'abc.def', cohortName: 'Cohorte Honduras' });
    expect(screen.getByRole('heading', { name: 'Elija su contraseña' })).toBeTruthy();
    expect(screen.getByTestId('invitation-cohort').textContent).toBe('Le invitaron a la cohorte «Cohorte Honduras».');
    expect((screen.getByLabelText('Contraseña') as HTMLInputElement).autocomplete).toBe('new-password');
    expect((document.querySelector('form[action="?/accept"] input[name="token"]') as HTMLInputElement).value).toBe('abc.def');
    expect(screen.getByRole('button', { name: 'Guardar y entrar' })).toBeTruthy();
  });

  it('offers a new invitation for an expired link, with the link’s token, instead of the form', () => {
    renderPage({ token: 'abc.def', problem: 'LINK_EXPIRED' });
    expect(screen.getByRole('heading', { name: 'Esta invitación ya no sirve' })).toBeTruthy();
    expect(document.body.textContent).toContain('La invitación venció');
    const renew = screen.getByRole('button', { name: 'Pedir una invitación nueva' });
    expect((renew.closest('form')!.querySelector('input[name="token"]') as HTMLInputElement).value).toBe('abc.def');
    expect(document.querySelector('input[name="password"]')).toBeNull();
  });

  it('sends a used link to sign in or to the forgotten-password page', () => {
    renderPage({ token: 'abc.def' }, { link: 'LINK_USED' });
    expect(document.body.textContent).toContain('Esta invitación ya se usó');
    expect(screen.getByRole('link', { name: 'Iniciar sesión' }).getAttribute('href')).toBe('/login');
    expect(screen.getByRole('link', { name: '¿Olvidó su contraseña?' }).getAttribute('href')).toBe('/forgot-password');
  });

  it('says the same after a renewal request whatever happened, and treats a missing token as an invalid link', () => {
    renderPage({ token: 'abc.def' }, { renewed: true });
    expect(document.body.textContent).toContain('Si la invitación seguía pendiente, le enviamos una nueva');
    renderPage({ token: '', problem: 'LINK_INVALID' });
    expect(document.body.textContent).toContain('El enlace no es válido.');
  });
});
