/**
 * `cem analyze` settings: the manifest is generated from the JSDoc on the element class
 * (`@fires`, `@csspart`, `@cssproperty`, `@slot`) on every build.
 */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/drop-in.ts', 'src/scanner/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'documented-events-only',
      // The analyzer also infers an event from each `dispatchEvent(new X(…))` but cannot read its
      // name off an Event subclass; the `@fires` lines document every event with its name.
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((e) => e.name);
          }
        }
      },
    },
  ],
};
