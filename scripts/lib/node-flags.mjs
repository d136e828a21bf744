/**
 * How Node runs the API, everywhere it is started (`npm start`, the load test, the bench — its Node baselines
 * too, so comparisons stay fair; docker/api.Dockerfile sets the same in NODE_OPTIONS): a young generation of
 * up to 64 MiB per semi-space instead of 16. A request allocates its decoded documents and answer and drops
 * them, so with 50 people at once the default scavenged several times per burst; 64 MiB took 12% of the API's
 * CPU off a forum search (docs/performance.md, "Node's young generation"). It costs up to 96 MiB more
 * resident memory under load, nothing when idle (the space grows only as allocation demands).
 */
export const API_NODE_FLAGS = ['--max-semi-space-size=64'];
