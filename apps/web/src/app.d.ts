import type { UserView } from '@trainaction/contracts';

declare global {
  namespace App {
    interface Error {
      message: string;
      code?: string;
    }
    interface Locals {
      /** The signed-in person, loaded from GET /api/me for this request only. */
      user: UserView | null;
      /** The access token for this request (from ta_access, or freshly renewed). */
      accessToken: string | null;
      /** True when the API could not be reached while resolving the session. */
      apiUnavailable: boolean;
    }
    interface PageData {
      user?: UserView | null;
    }
  }
}

export {};
