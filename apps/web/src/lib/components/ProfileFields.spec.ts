import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ProfileFields from './ProfileFields.svelte';

describe('ProfileFields', () => {
  it('offers the self-described gender text only once that answer is chosen', async () => {
    render(ProfileFields, { values: {} });
    expect(screen.queryByLabelText('Describa su género')).toBeNull();

    await fireEvent.change(screen.getByLabelText('Género'), { target: { value: 'self_described' } });

    const text = screen.getByLabelText('Describa su género') as HTMLInputElement;
    expect(text.name).toBe('genderText');
    expect(text.required).toBe(true);

    await fireEvent.change(screen.getByLabelText('Género'), { target: { value: 'woman' } });
    expect(screen.queryByLabelText('Describa su género')).toBeNull();
  });

  it('lists the five academy countries first, named in Spanish', () => {
    render(ProfileFields, { values: {} });
    const select = screen.getByLabelText('País') as HTMLSelectElement;
    const groups = select.querySelectorAll('optgroup');
    expect(groups[0].label).toBe('Países de la academia');
    expect([...groups[0].querySelectorAll('option')].map((o) => o.value)).toEqual(['CR', 'SV', 'GT', 'HN', 'DO']);
    expect(groups[0].querySelector('option[value="DO"]')?.textContent).toBe('República Dominicana');
    expect(groups[1].querySelectorAll('option').length).toBeGreaterThan(200);
  });

  it('ties each error to its field for assistive technology', () => {
    render(ProfileFields, { values: { displayName: 'A' }, errors: { displayName: 'Escriba un nombre de entre 2 y 80 caracteres.' } });
    const input = screen.getByLabelText('Nombre para mostrar');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = input.getAttribute('aria-describedby')?.split(' ') ?? [];
    expect(describedBy).toContain('displayName-error');
    expect(document.getElementById('displayName-error')?.textContent).toContain('entre 2 y 80');
  });

  it('keeps a self-described answer that comes back after a failed submission', () => {
    render(ProfileFields, { values: { gender: 'self_described', genderText: 'Mujer trans' } });
    expect((screen.getByLabelText('Describa su género') as HTMLInputElement).value).toBe('Mujer trans');
  });
});
