/** A text field as submitted ('' when absent or not text). Passwords are read with this, untouched. */
export function textField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/** A trimmed text field, or undefined when left empty (optional fields the API should not receive). */
export function optionalField(form: FormData, name: string): string | undefined {
  const value = textField(form, name).trim();
  return value === '' ? undefined : value;
}
