/**
 * The analyzer also infers an event from each `dispatchEvent(new X(…))` but cannot read its name
 * off an Event subclass (it takes the first argument, e.g. a view's name, or none); the `@fires`
 * lines document every event with its name and a description, so only those are kept.
 */
export function documentedEventsOnly() {
  return {
    name: 'documented-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.events) decl.events = decl.events.filter((e) => e.name && e.description);
        }
      }
    },
  };
}
