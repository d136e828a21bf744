import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ResetPage from './+page.svelte';

type Props = Parameters<typeof render<typeof ResetPage>>[1];

function renderPage(data: { token: string }, form: unknown = null) {
  return render(ResetPage, { data, form, params: {} } as unknown as Props);
}

describe('the reset-password page', () => {
  it('asks for the new password and carries the token in the form', () => {
    renderPage({ token: 'abc.def' });
    expect(screen.getByRole('heading', { name: 'Elegir una contraseña nueva' })).toBeTruthy();
    const password = screen.getByLabelText('Contraseña nueva') as HTMLInputElement;
    expect(password.getAttribute('autocomplete')).toBe('new-password');
    expect((document.querySelector('input[name="token"]') as HTMLInputElement).value).toBe('abc.def');
  });

  it('marks a password the rules refuse, in the person’s language', () => {
    renderPage({ token: 'abc.def' }, { failure: { code: 'VALIDATION_FAILED', fields: { password: 'invalid' } } });
    expect(screen.getByLabelText('Contraseña nueva').getAttribute('aria-invalid')).toBe('true');
    expect(document.body.textContent).toContain('La contraseña debe tener entre 10 y 200 caracteres.');
  });

  it('explains an expired or used link and offers a new one instead of the form', () => {
    renderPage({ token: 'abc.def' }, { link: 'LINK_EXPIRED' });
    expect(screen.getByRole('heading', { name: 'Este enlace ya no sirve' })).toBeTruthy();
    expect(document.body.textContent).toContain('El enlace venció');
    expect(screen.getByRole('link', { name: 'Pedir un enlace nuevo' }).getAttribute('href')).toBe('/forgot-password');
    expect(document.querySelector('input[name="password"]')).toBeNull();
  });

  it('treats an address without a token as an invalid link', () => {
    renderPage({ token: '' });
    expect(document.body.textContent).toContain('El enlace no es válido.');
  });
});
