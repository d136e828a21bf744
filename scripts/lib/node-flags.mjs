import { availableParallelism } from 'node:os';

/**
 * How Node runs the API, everywhere it is started (`npm start`, the load test, the bench — its Node baselines
 * too, so comparisons stay fair; docker/api.Dockerfile sets the young generation in NODE_OPTIONS):
 *
 * - A young generation of up to 64 MiB per semi-space instead of 16. A request allocates its decoded documents
 *   and answer and drops them, so with 50 people at once the default scavenged several times per burst; 64 MiB
 *   took 12% of the API's CPU off a forum search (docs/performance.md, "Node's young generation"). It costs up
 *   to 96 MiB more resident memory under load, nothing when idle (the space grows only as allocation demands).
 * - On a machine of two cores or fewer, V8's collector on the main thread only (`--single-threaded-gc`). There
 *   the API shares the cores with the embedded database; a full collection's concurrent marking and parallel
 *   scavenges took 1.5 cores for up to 200 ms, the database waited and room sends queued for 100 ms and more
 *   (docs/performance.md, "What the rooms-of-20 p99 is, and is not"). With more cores the helpers have room.
 */
export const API_NODE_FLAGS = ['--max-semi-space-size=64', ...(availableParallelism() <= 2 ? ['--single-threaded-gc'] : [])];
