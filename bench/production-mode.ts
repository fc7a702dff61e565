/**
 * Imported first by run.ts, before any library loads. Libraries read
 * NODE_ENV from process.env, not from Switchboard's config: graphql-js
 * chooses its fast `instanceOf` (no cross-realm checks) when it is
 * 'production', and Apollo Server takes its defaults from it. The deployed
 * API runs with NODE_ENV=production in its environment; so does the benchmark.
 */
process.env.NODE_ENV = 'production';

export {};
