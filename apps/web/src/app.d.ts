import type { UserView } from '@trainaction/contracts';

declare global {
  namespace App {
    interface Error {
      message: string;
      code?: string;
      /** The request's id, on unexpected errors (hooks.server.ts): what the person quotes to support. */
      requestId?: string;
    }
    interface Locals {
      /** The signed-in person, loaded from GET /api/me for this request only. */
      user: UserView | null;
      /** The access token for this request (from ta_access, or freshly renewed). */
      accessToken: string | null;
      /** True when the API could not be reached while resolving the session. */
      apiUnavailable: boolean;
      /** This request's id (X-Request-Id from server.js), sent to the API on every call and logged. */
      requestId: string;
    }
    interface PageData {
      user?: UserView | null;
    }
  }
}

export {};
