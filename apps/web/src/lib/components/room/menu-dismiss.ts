/**
 * A `<details>` menu that behaves like one: it closes after an entry is used, on Escape (focus back on its
 * summary) and on a click or tap outside it, and scrolls its open panel into view without covering anything.
 */
export function menuDismiss(details: HTMLDetailsElement) {
  const close = (focusSummary: boolean) => {
    if (!details.open) return;
    details.open = false;
    if (focusSummary) details.querySelector('summary')?.focus();
  };
  const onClick = (event: MouseEvent) => {
    const target = event.target as HTMLElement;
    if (target.closest('summary')) return;
    if (target.closest('button, a')) close(false);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !details.open) return;
    event.stopPropagation();
    close(true);
  };
  const onOutside = (event: PointerEvent) => {
    if (!details.contains(event.target as Node)) close(false);
  };
  const onToggle = () => {
    if (details.open) {
      document.addEventListener('pointerdown', onOutside, true);
      details.querySelector<HTMLElement>('.menu')?.scrollIntoView({ block: 'nearest' });
    } else document.removeEventListener('pointerdown', onOutside, true);
  };
  details.addEventListener('click', onClick);
  details.addEventListener('keydown', onKey);
  details.addEventListener('toggle', onToggle);
  return {
    destroy() {
      details.removeEventListener('click', onClick);
      details.removeEventListener('keydown', onKey);
      details.removeEventListener('toggle', onToggle);
      document.removeEventListener('pointerdown', onOutside, true);
    },
  };
}
