import { onMount } from 'svelte';

/** Whether the browser says it is online (true until mounted, then `navigator.onLine` and its events). */
export class BrowserOnline {
  online = $state(true);

  constructor() {
    onMount(() => {
      this.online = navigator.onLine;
      const up = () => (this.online = true);
      const down = () => (this.online = false);
      window.addEventListener('online', up);
      window.addEventListener('offline', down);
      return () => {
        window.removeEventListener('online', up);
        window.removeEventListener('offline', down);
      };
    });
  }
}

/**
 * `use:fillViewport`: the element's top on the page, measured on mount and on resizes, as `--room-top`, so its
 * CSS can fill the viewport below the site header.
 */
export function fillViewport(node: HTMLElement) {
  const measure = () => node.style.setProperty('--room-top', `${Math.round(node.getBoundingClientRect().top + window.scrollY)}px`);
  measure();
  window.addEventListener('resize', measure);
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
  observer?.observe(document.body);
  return {
    destroy() {
      window.removeEventListener('resize', measure);
      observer?.disconnect();
    },
  };
}
