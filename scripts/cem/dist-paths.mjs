/**
 * The manifest is read from the installed package, which ships `dist/` and not `src/`: each module
 * path (`src/components/cookie-consent/cookie-consent.ts`) becomes the built module's
 * (`dist/components/cookie-consent/cookie-consent.js`), in `path`, in each export's and
 * definition's `declaration.module`, and in each reference to another module of the package
 * (superclass, mixins, inherited members). A re-export names its module as the source imports
 * it (`./core/consent-store.js`): that is resolved against the re-exporting module first. A
 * module of types only has no `.js`; `dist/X.js` is still the name under which TypeScript finds
 * its `dist/X.d.ts`.
 */
import { posix } from 'node:path';

const built = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');

export function distPaths() {
  const rewrite = (value, dir) => {
    if (Array.isArray(value)) value.forEach((v) => rewrite(v, dir));
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'module' && typeof child === 'string') value[key] = built(child.startsWith('.') ? posix.join(dir, child) : child);
        else rewrite(child, dir);
      }
    }
  };
  return {
    name: 'dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        rewrite(mod, posix.dirname(mod.path));
        mod.path = built(mod.path);
      }
    },
  };
}
