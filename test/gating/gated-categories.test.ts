import { expect, fixture } from '@open-wc/testing';
import { gatedCategories } from '../../src/gating/gated-categories.js';

describe('gatedCategories()', () => {
  it('lists the ids data-consent uses under root, each once, in order of first use', async () => {
    const el = await fixture(`<div data-consent="video">
      <script type="text/plain" data-consent="analytics">x</script>
      <iframe data-consent=" marketing  analytics " title="x"></iframe>
      <img data-consent="chat" alt="">
      <p data-consent="">
    </div>`);
    expect(gatedCategories(el)).to.deep.equal(['video', 'analytics', 'marketing', 'chat']);
    expect(gatedCategories()).to.include.members(['video', 'analytics', 'marketing', 'chat']);
    expect(gatedCategories(el.querySelector('img')!)).to.deep.equal(['chat']);
  });
});
