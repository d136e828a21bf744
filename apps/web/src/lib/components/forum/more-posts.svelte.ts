import { untrack } from 'svelte';
import type { Page, PostView } from '@trainaction/contracts';

/**
 * A thread's later pages of posts, loaded on request ("show more replies") through this server and kept across
 * reloads of the first page; forgotten when the page shows another thread. Create it while a component starts.
 */
export class MorePosts {
  posts = $state<PostView[]>([]);
  state = $state<'idle' | 'loading' | 'failed'>('idle');
  #cursor = $state<string | null | undefined>(undefined);
  #threadId: string | undefined;
  readonly #thread: () => { id: string; nextCursor?: string | null };

  constructor(thread: () => { id: string; nextCursor?: string | null }) {
    this.#thread = thread;
    $effect(() => {
      const id = thread().id;
      untrack(() => {
        const changed = this.#threadId !== undefined && id !== this.#threadId;
        this.#threadId = id;
        if (!changed) return;
        this.posts = [];
        this.#cursor = undefined;
        this.state = 'idle';
      });
    });
  }

  /** Where the next page starts; null when every post is loaded. */
  get nextCursor(): string | null {
    return this.#cursor === undefined ? (this.#thread().nextCursor ?? null) : this.#cursor;
  }

  async load() {
    const cursor = this.nextCursor;
    if (!cursor || this.state === 'loading') return;
    this.state = 'loading';
    try {
      const response = await fetch(`/forum/threads/${this.#thread().id}/posts?${new URLSearchParams({ cursor })}`, {
        headers: { accept: 'application/json' },
      });
      if (!response.ok) throw new Error(String(response.status));
      const page = (await response.json()) as Page<PostView>;
      this.posts = [...this.posts, ...page.items];
      this.#cursor = page.nextCursor;
      this.state = 'idle';
    } catch {
      this.state = 'failed';
    }
  }
}
