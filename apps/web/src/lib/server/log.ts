import { env } from '$env/dynamic/private';
import pino from 'pino';

/** The pages' log: JSON lines on stdout, like server.js's request lines and the API's (LOG_LEVEL, default info). */
export const log = pino({ name: 'web', level: env.LOG_LEVEL || 'info' });
