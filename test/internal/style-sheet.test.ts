/**
 * `adoptStyles()`: a root's styles, adopted once per change (an element updates often, its styles
 * rarely change), and as `<style>` elements, none left over, where sheets cannot be adopted.
 */
import { expect } from '@open-wc/testing';
import { adoptStyles } from '../../src/internal/style-sheet.js';

const shadowRoot = () => document.createElement('div').attachShadow({ mode: 'open' });

describe('adoptStyles()', () => {
  it('adopts constructed sheets, and leaves them be when the list is the same', () => {
    const root = shadowRoot();
    const native = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'adoptedStyleSheets')!;
    let sets = 0;
    Object.defineProperty(root, 'adoptedStyleSheets', {
      get: () => native.get!.call(root),
      set: (v: CSSStyleSheet[]) => (sets++, native.set!.call(root, v)),
    });
    adoptStyles(root, ['a{color:red}', 'b{color:blue}']);
    adoptStyles(root, ['a{color:red}', 'b{color:blue}']);
    expect(sets).to.equal(1);
    expect([...root.adoptedStyleSheets].map((s) => s.cssRules[0]!.cssText)).to.deep.equal(['a { color: red; }', 'b { color: blue; }']);
    adoptStyles(root, ['a{color:red}']);
    expect(sets).to.equal(2);
    expect(root.adoptedStyleSheets).to.have.length(1);
  });

  it('without adoptable sheets: one <style> per text, the old ones all replaced', () => {
    const root = shadowRoot();
    Object.defineProperty(root, 'adoptedStyleSheets', { value: undefined });
    root.append(document.createElement('p'));
    adoptStyles(root, ['a{color:red}', 'b{color:blue}', 'i{color:green}']);
    adoptStyles(root, ['a{color:red}', 'b{color:blue}', 'i{color:green}', 'u{color:black}']);
    expect([...root.querySelectorAll('style')].map((s) => s.textContent)).to.deep.equal(['a{color:red}', 'b{color:blue}', 'i{color:green}', 'u{color:black}']);
    adoptStyles(root, ['a{color:red}']);
    expect([...root.querySelectorAll('style')].map((s) => s.textContent)).to.deep.equal(['a{color:red}']);
    expect(root.querySelector('p'), 'the rest of the root stays').to.not.equal(null);
  });
});
