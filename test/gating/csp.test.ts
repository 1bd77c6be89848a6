import { expect } from '@open-wc/testing';
import type { ConsentStore } from '../../src/core/consent-store.js';
import type { enablePlaceholders } from '../../src/gating/gated-placeholder.js';
import type { startGating } from '../../src/gating/start-gating.js';
import { clearStorage } from '../helpers.js';
import { FIX, until } from './gating-helpers.js';

interface Framed extends Window {
  __ran: string[];
  __violations: string[];
  gate?: {
    ConsentStore: typeof ConsentStore;
    enablePlaceholders: typeof enablePlaceholders;
    startGating: typeof startGating;
  };
}

async function framed(policy: string): Promise<[HTMLIFrameElement, Framed]> {
  const frame = document.createElement('iframe');
  frame.src = `/csp/${policy}${FIX}/csp.html`;
  document.body.append(frame);
  const win = () => frame.contentWindow as Framed;
  await until(() => win()?.gate, 'the framed page');
  return [frame, win()];
}

const policies = {
  nonce: "script-src 'nonce-…'; style-src 'self'",
  tt: "script-src 'nonce-…'; style-src 'self'; require-trusted-types-for 'script'",
};

for (const [policy, header] of Object.entries(policies)) {
  describe(`gated markup under Content-Security-Policy: ${header}`, () => {
    let frame: HTMLIFrameElement | undefined;
    afterEach(() => {
      frame?.remove();
      clearStorage();
    });

    it('runs gated scripts with their nonce, in order, with no violation (SG-06, SG-18)', async () => {
      let win: Framed;
      [frame, win] = await framed(policy);
      const doc = frame.contentDocument!;
      // the browser hides the nonce from getAttribute: it is read from .nonce
      expect(doc.querySelector('script[data-consent]')!.getAttribute('nonce')).to.equal('');
      win.gate!.enablePlaceholders();
      win.gate!.startGating();
      // a cookie of its own: a new frame can still see the decision that the test before it stored
      // and then removed (Firefox, on a loaded machine, once in CI)
      const store = new win.gate!.ConsentStore({ cookieName: `csp_consent_${policy}`, categories: 'analytics marketing' });
      store.read();
      expect(win.__ran).to.deep.equal([]);
      store.save(['analytics']);
      await until(() => win.__ran.length == 5, 'five scripts');
      expect(win.__ran.slice(0, 3)).to.deep.equal(['A', 'B', 'C']);
      expect(win.__ran.slice(3)).to.have.members(['M:string', 'T']);
      expect(doc.body.querySelector('p')!.textContent).to.equal('stamped');
      for (const script of doc.querySelectorAll<HTMLScriptElement>('script[data-consent]')) {
        expect(script.nonce).to.equal('gate123');
      }

      // the placeholder: built without a style attribute or <style>, so the policy lets it be
      const button = await until(
        () => doc.querySelector<HTMLButtonElement>('.consent-placeholder button'),
        `the placeholder (cookie ${doc.cookie}, frame src ${doc.querySelector('iframe')!.getAttribute('src')}, violations ${win.__violations})`,
      );
      expect(button.getBoundingClientRect().height).to.be.at.least(24);
      // (the page's stylesheet says `iframe { display: block }`: the library's adopted rule wins)
      expect(win.getComputedStyle(doc.querySelector('iframe')!).display).to.equal('none');
      button.click();
      expect(win.getComputedStyle(doc.querySelector('iframe')!).display).to.equal('block');
      expect(doc.querySelector('iframe')!.getAttribute('src')).to.equal(`${FIX}/frame.html`);
      expect(doc.querySelector('.consent-placeholder')).to.equal(null);
      expect(win.__violations).to.deep.equal([]);
    });
  });
}
