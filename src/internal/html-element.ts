/**
 * `HTMLElement`, or a stand-in where there is none (a server without a DOM shim): importing an
 * element's module must not throw there, and no element is made there.
 */
export const HTMLElementBase = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;
