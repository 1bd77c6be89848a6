/** What the tests of Consent Mode read from a data layer, and push into one as Google's stub does. */

/** What Google's stub pushes: the Arguments object of the call. */
export function gtagArgs(..._args: unknown[]): IArguments {
  // eslint-disable-next-line prefer-rest-params
  return arguments;
}

/** The internal class of a data layer entry: `[object Arguments]` for what the stub pushes. */
export const tag = (entry: unknown) => Object.prototype.toString.call(entry);

/** The consent commands in `layer` (none while there is no layer yet), as `[command, values]`. */
export function consentCommands(layer: readonly unknown[] = []): [string, Record<string, unknown>][] {
  return layer
    .filter((e) => (e as ArrayLike<unknown>)?.[0] === 'consent')
    .map((e) => [(e as ArrayLike<unknown>)[1] as string, (e as ArrayLike<unknown>)[2] as Record<string, unknown>]);
}
