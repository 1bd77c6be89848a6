/**
 * Served under /examples/nextjs/ so that the test server can pass the app's requests on to
 * `next start` from the tests' own origin (test/server/next-app.mjs). An app of its own needs
 * none of this.
 * @type {import('next').NextConfig}
 */
export default {
  basePath: '/examples/nextjs',
  // the repository's lockfile is the app's: its node_modules are the repository's
  turbopack: { root: new URL('../..', import.meta.url).pathname },
  // `next dev` would write files for coding assistants into the example
  agentRules: false,
  experimental: { agentUpgrade: false },
};
