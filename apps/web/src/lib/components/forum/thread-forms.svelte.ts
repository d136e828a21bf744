import { tick } from 'svelte';
import type { SubmitFunction } from '@sveltejs/kit';
import { formErrorMessage } from '$lib/i18n/errors';
import { m } from '$lib/paraglide/messages';
import { clientPostId } from './format';

/** What a thread page's form action answers on failure (codes only; the page words them). */
export interface ThreadFormFailure {
  action?: string;
  target?: string;
  code: string;
  fields?: Record<string, boolean>;
  values?: Record<string, string>;
}

/**
 * The inline forms of a thread page: which reply or edit form is open, the post the thread-level reply quotes,
 * the one pending submission, and the words for the last failure. Forms close on success and keep their text
 * on failure.
 */
export class ThreadForms {
  replyTo = $state<string | null>(null);
  /** The post the thread-level reply will quote (stored by the API as a reference). */
  quoting = $state<{ id: string; author: string } | null>(null);
  editing = $state<string | null>(null);
  busy = $state<string | null>(null);
  newPostId = $state(clientPostId());
  readonly #failure: () => ThreadFormFailure | null;

  constructor(failure: () => ThreadFormFailure | null) {
    this.#failure = failure;
  }

  get failed(): ThreadFormFailure | null {
    return this.#failure();
  }

  quote(post: { id: string; author: { displayName: string } }) {
    this.quoting = { id: post.id, author: post.author.displayName };
    this.replyTo = null;
    this.editing = null;
    void focusSoon('reply-body-thread');
  }

  openReply(target: string) {
    this.replyTo = target;
    this.editing = null;
    void focusSoon(`reply-body-${target}`);
  }

  openEdit(target: string) {
    this.editing = target;
    this.replyTo = null;
    void focusSoon(`edit-body-${target}`);
  }

  /** Shared `use:enhance`: one pending flag, forms close on success, they keep the text on failure. */
  submit(key: string, after?: () => void): SubmitFunction {
    return ({ cancel, submitter }) => {
      if (submitter?.dataset.confirm && !window.confirm(submitter.dataset.confirm)) return cancel();
      this.busy = key;
      return async ({ result, update }) => {
        this.busy = null;
        if (result.type === 'success') {
          after?.();
          await update({ reset: true });
        } else {
          await update({ reset: false });
        }
      };
    };
  }

  errorFor(action: string, target: string): string | null {
    const failed = this.failed;
    if (!failed || failed.action !== action || failed.target !== target) return null;
    if (failed.code === 'MUTED') return m.mod_error_muted();
    if (failed.code === 'CONFLICT') return m.forum_error_thread_deleted();
    if (failed.fields?.body) return m.forum_error_body();
    if (failed.fields?.title) return m.forum_error_title();
    if (failed.fields?.parentId) return m.forum_error_parent();
    if (failed.fields?.quotedPostId) return m.forum_quote_unavailable();
    return formErrorMessage(failed.code as never);
  }
}

async function focusSoon(id: string) {
  await tick();
  document.getElementById(id)?.focus();
}
