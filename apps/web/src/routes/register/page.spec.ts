import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import RegisterPage from './+page.svelte';

type Props = Parameters<typeof render<typeof RegisterPage>>[1];

function renderPage(form: unknown = null) {
  return render(RegisterPage, { data: {}, form, params: {} } as unknown as Props);
}

describe('the registration page', () => {
  it('has every profile field, named as the API names them, and a clear submit button', () => {
    renderPage();
    for (const name of ['email', 'password', 'displayName', 'country', 'gender', 'sector', 'organization', 'locale']) {
      const control = document.querySelector(`[name="${name}"]`);
      expect(control, name).not.toBeNull();
      expect(document.querySelector(`label[for="${control!.id}"]`), `label for ${name}`).not.toBeNull();
    }
    expect(screen.getByRole('button', { name: 'Crear cuenta' })).toBeTruthy();
  });

  it('shows the self-described gender field when that answer is chosen', async () => {
    renderPage();
    expect(document.querySelector('[name="genderText"]')).toBeNull();
    await fireEvent.change(screen.getByLabelText('Género'), { target: { value: 'self_described' } });
    expect(screen.getByLabelText('Describa su género')).toBeTruthy();
  });

  it('announces invalid fields and keeps what was typed', () => {
    renderPage({
      failure: { code: 'VALIDATION_FAILED', fields: { displayName: 'invalid' } },
      email: 'persona@example.org',
      values: { displayName: 'A', country: 'HN', gender: 'woman', sector: 'research' },
    });
    expect(screen.getByRole('alert').textContent).toContain('Revise los campos');
    const email = screen.getByLabelText('Correo electrónico') as HTMLInputElement;
    expect(email.value).toBe('persona@example.org');
    expect(document.querySelector('[name="displayName"]')?.getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByLabelText('País') as HTMLSelectElement).value).toBe('HN');
  });

  it('asks to sign in, in words that do not tell whether the address already had an account', () => {
    renderPage({ signInNeeded: true, email: 'aprendiz@trainaction.demo' });
    expect(screen.getByRole('status').textContent?.trim()).toBe(
      'Si la dirección es nueva, su cuenta está lista: inicie sesión. Si ya tenía una cuenta, inicie sesión con su contraseña.',
    );
    expect(screen.getByRole('alert').textContent?.trim()).toBe('');
    expect(document.querySelector('.sign-in a')?.getAttribute('href')).toBe('/login');
    expect((screen.getByLabelText('Correo electrónico') as HTMLInputElement).value).toBe('aprendiz@trainaction.demo');
    expect(document.body.textContent).not.toMatch(/Ya existe una cuenta|entran en conflicto/);
  });
});
