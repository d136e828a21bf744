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

  it('announces a taken e-mail and keeps what was typed', () => {
    renderPage({
      failure: { code: 'CONFLICT', fields: { email: 'taken' } },
      email: 'aprendiz@trainaction.demo',
      values: { displayName: 'Ana', country: 'HN', gender: 'woman', sector: 'research' },
    });
    expect(screen.getByRole('alert').textContent).toContain('entran en conflicto');
    const email = screen.getByLabelText('Correo electrónico') as HTMLInputElement;
    expect(email.value).toBe('aprendiz@trainaction.demo');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('email-error')?.textContent).toContain('Ya existe una cuenta');
    expect((screen.getByLabelText('País') as HTMLSelectElement).value).toBe('HN');
  });
});
