import { tick } from 'svelte';
import type { ActionResult, SubmitFunction } from '@sveltejs/kit';

/** After a failed submission, move focus to the first field marked invalid so its error is read out. */
export function focusFirstInvalid(form: HTMLFormElement): void {
  form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}

/**
 * `use:enhance` behaviour shared by the forms: a reactive pending flag for the submit button, the form keeps
 * what was typed, and focus goes to the first invalid field after a failure.
 */
export function submitting(after?: (result: ActionResult) => boolean | void) {
  let active = $state(false);
  const enhance: SubmitFunction = ({ formElement }) => {
    active = true;
    return async ({ update, result }) => {
      try {
        // `after` may take over (e.g. a full reload after a language change) by returning true.
        if (after?.(result) === true) return;
        await update({ reset: false });
        if (result.type === 'failure') {
          await tick();
          focusFirstInvalid(formElement);
        }
      } finally {
        active = false;
      }
    };
  };
  return {
    get active() {
      return active;
    },
    enhance,
  };
}
