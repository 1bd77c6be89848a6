/**
 * The checks of the React component (`cookie-consent-element/react.js`, made with `@lit/react`)
 * for one version of React: a client render (`createRoot`) and a hydration (`hydrateRoot`) of
 * markup that `react-dom/server` rendered, as a server-rendered app (Next.js) does. In both:
 * the props reach the element as properties (`days` stays a number, `policyHref` becomes the
 * link), the event props hear the element's events with the event itself, the ref is the
 * element, a later prop change reaches it, and React logs nothing: no error, no warning, no
 * hydration mismatch (the element reflects `open` before React hydrates it).
 */
import { expect } from '@open-wc/testing';
import type * as ReactTypes from 'react';
import type { CookieConsentElement } from '../../src/components/cookie-consent/cookie-consent.js';
import { ConsentChangeEvent } from '../../src/core/consent-change-event.js';
import type { ConsentReadyEvent } from '../../src/events/consent-ready.js';
import type { ConsentShowEvent } from '../../src/events/consent-show.js';
import type { ConsentHideEvent } from '../../src/events/consent-hide.js';
import { cookieConsentComponent } from '../../src/frameworks/react-component.js';
import { clearStorage, cookieRecord, DAY_MS, sleep, until } from '../helpers.js';

type React = typeof ReactTypes;

export interface ReactVersion {
  React: React;
  createRoot: (container: Element) => { render(node: ReactTypes.ReactNode): void; unmount(): void };
  hydrateRoot: (container: Element, node: ReactTypes.ReactNode, options?: { onRecoverableError?: (error: unknown) => void }) => { render(node: ReactTypes.ReactNode): void; unmount(): void };
  renderToString: (node: ReactTypes.ReactNode) => string;
}

/** What an app hears from the component. */
interface Heard {
  ready: ConsentReadyEvent[];
  change: ConsentChangeEvent[];
  show: ConsentShowEvent[];
  hide: ConsentHideEvent[];
}

/** Records `console.error` and `console.warn` (React's way to report a mistake) until `restore()`. */
function captureConsole(): { logged: string[]; restore: () => void } {
  const original = { error: console.error, warn: console.warn };
  const logged: string[] = [];
  console.error = (...args: unknown[]) => void logged.push(`error: ${args.map(String).join(' ')}`);
  console.warn = (...args: unknown[]) => void logged.push(`warn: ${args.map(String).join(' ')}`);
  return { logged, restore: () => Object.assign(console, original) };
}

export function testReactComponent(title: string, version: ReactVersion, component = cookieConsentComponent(version.React)): void {
  const { React, createRoot, hydrateRoot, renderToString } = version;
  const CookieConsent = component;

  /** The app: the component with properties, an attribute, event props and a ref. */
  function app(heard: Heard, ref: ReactTypes.RefObject<CookieConsentElement | null>, days = 30) {
    return React.createElement(CookieConsent, {
      ref,
      categories: 'analytics marketing',
      days,
      policyHref: '/privacy',
      acceptLabel: 'Allow all',
      position: 'bottom',
      onConsentReady: (e) => heard.ready.push(e),
      onConsentChange: (e) => heard.change.push(e),
      onConsentShow: (e) => heard.show.push(e),
      onConsentHide: (e) => heard.hide.push(e),
    });
  }

  describe(`${title}: the CookieConsent component`, () => {
    let container: HTMLElement;
    let console: ReturnType<typeof captureConsole>;
    let unmount: (() => void) | undefined;

    beforeEach(() => {
      clearStorage();
      container = document.createElement('div');
      document.body.append(container);
      console = captureConsole();
    });
    afterEach(() => {
      unmount?.();
      unmount = undefined;
      console.restore();
      container.remove();
      clearStorage();
    });

    /**
     * Checks what the app gave the element and what it hears back, through a visitor's Accept all.
     * `hydrated`: the element was in the page, had read storage and shown the banner before React
     * attached the listeners, so `consent-ready` and the first `consent-show` went by unheard.
     */
    async function checkApp(el: CookieConsentElement, heard: Heard, ref: ReactTypes.RefObject<CookieConsentElement | null>, hydrated = false) {
      expect(ref.current, 'the ref is the element').to.equal(el);
      await el.ready;
      await el.updateComplete;
      expect(el.days, 'a number, set as a property').to.equal(30);
      expect(el.categories).to.equal('analytics marketing');
      expect(el.policyHref).to.equal('/privacy');
      expect(el.shadowRoot!.querySelector('[part~="policy-link"]')!.getAttribute('href')).to.equal('/privacy');
      expect(el.shadowRoot!.querySelector('[part~="accept-button"]')!.textContent!.trim()).to.equal('Allow all');
      expect(el.open).to.equal(true);
      if (!hydrated) {
        await until(() => heard.ready.length, 'consent-ready to reach onConsentReady');
        expect(heard.ready[0]!.detail.consent).to.equal(null);
        expect(heard.show.map((e) => e.detail.view)).to.deep.equal(['banner']);
      }
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="accept-button"]')!.click();
      await until(() => heard.change.length, 'consent-change to reach onConsentChange');
      const [event] = heard.change;
      expect(event, 'the handler gets the event itself').to.be.instanceOf(ConsentChangeEvent);
      expect(event!.detail.consent).to.deep.equal(el.consent);
      expect(event!.detail.consent!.granted).to.deep.equal(['necessary', 'analytics', 'marketing']);
      expect(event!.detail.cause).to.equal('accept-all');
      const record = cookieRecord()!;
      expect(Date.parse(record.exp) - Date.parse(record.ts), 'the days property reached the store').to.equal(30 * DAY_MS);
      await until(() => heard.hide.length, 'consent-hide to reach onConsentHide');
      expect(heard.hide.map((e) => e.detail.view)).to.deep.equal(['banner']);
    }

    it('client render (createRoot): props as properties, events as props, the ref, later changes', async () => {
      const heard: Heard = { ready: [], change: [], show: [], hide: [] };
      const ref = React.createRef<CookieConsentElement>();
      const root = createRoot(container);
      unmount = () => root.unmount();
      root.render(app(heard, ref));
      const el = await until(() => container.querySelector('cookie-consent'), 'the component to render');
      await checkApp(el, heard, ref);
      root.render(app(heard, ref, 365));
      await until(() => el.days === 365, `the new days to reach the element (it has ${el.days})`);
      expect(console.logged).to.deep.equal([]);
    });

    it('hydrateRoot over server-rendered markup: the same, and no mismatch reported', async () => {
      const heard: Heard = { ready: [], change: [], show: [], hide: [] };
      const ref = React.createRef<CookieConsentElement>();
      const html = renderToString(app({ ready: [], change: [], show: [], hide: [] }, React.createRef()));
      // rendered here with @lit/react's browser build, whose layout effects React 18 reports as
      // doing nothing on a server; a server takes its Node build, which has none
      const serverLogs = console.logged.splice(0);
      expect(serverLogs.filter((l) => !/^error: Warning: useLayoutEffect does nothing on the server/.test(l))).to.deep.equal([]);
      expect(html, 'the server renders the tag').to.match(/^<cookie-consent[\s>]/);
      expect(html, 'no listener or property leaks into the markup').to.not.match(/onConsent|policyhref|days=/i);
      container.innerHTML = html;
      // the element upgrades and draws (reflecting `open`) before React hydrates, as on a slow page
      const served = container.querySelector('cookie-consent')!;
      await served.updateComplete;
      expect(served.hasAttribute('open')).to.equal(true);
      const errors: unknown[] = [];
      const root = hydrateRoot(container, app(heard, ref), { onRecoverableError: (e) => errors.push(e) });
      unmount = () => root.unmount();
      await until(() => ref.current, 'React to hydrate');
      expect(container.querySelector('cookie-consent'), 'hydration kept the server-rendered element').to.equal(served);
      await checkApp(served, heard, ref, true);
      root.render(app(heard, ref, 365));
      await until(() => served.days === 365, `the new days to reach the element (it has ${served.days})`);
      await sleep(50);
      expect(errors).to.deep.equal([]);
      expect(console.logged).to.deep.equal([]);
    });
  });
}
