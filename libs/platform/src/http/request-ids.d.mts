export const REQUEST_ID_HEADER: 'x-request-id';

/** A well-formed incoming id is kept (it ties one person's request across processes), else a new one. */
export function requestIdFrom(given: unknown): string;
