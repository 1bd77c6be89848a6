import { expect } from '@open-wc/testing';
import { activateGated } from '../../src/gating/activate-gated.js';
import type { ConsentStore } from '../../src/core/consent-store.js';
import { clearStorage } from '../helpers.js';
import { FIX, freshPage, fresh, markup, requested, sleep, until } from './gating-helpers.js';

const ATTRS_SHA384 = 'sha384-G4vGqH1XnGusOIGC7iymJhFk/lP2uL30b7gAciVQjbRJW5db/e4IxlzVOWBfA0Z+';

describe('activateGated(): scripts', () => {
  let store: ConsentStore;
  beforeEach(() => (store = freshPage()));
  afterEach(clearStorage);

  it('runs nothing and requests nothing before consent (SG-01)', async () => {
    const a = fresh(`${FIX}/a.js`);
    const c = fresh(`${FIX}/c.js`);
    await markup(`
      <script type="text/plain" data-consent="analytics" data-src="${a}"></script>
      <script type="text/plain" data-consent="analytics" src="${c}"></script>
      <script type="text/plain" data-consent="analytics">__ran.push('B')</script>`);
    activateGated();
    store.save(['marketing']);
    activateGated();
    await sleep(150);
    expect(window.__ran).to.deep.equal([]);
    expect(requested(a.split('?')[1]) || requested(c.split('?')[1])).to.equal(false);
    store.save(['analytics']);
    activateGated();
    await until(() => window.__ran.length == 3, 'the three scripts');
    expect(requested(a.split('?')[1]) && requested(c.split('?')[1])).to.equal(true);
  });

  it('keeps document order: slow external A, inline B, fast external C run as A, B, C (SG-03)', async () => {
    await markup(`
      <script type="text/plain" data-consent="analytics" data-src="${fresh(`/delay/400${FIX}/a.js`)}"></script>
      <script type="text/plain" data-consent="analytics">__ran.push('B')</script>
      <script type="text/plain" data-consent="analytics" data-src="${fresh(`${FIX}/c.js`)}"></script>
      <script type="text/plain" data-consent="analytics">__ran.push('D')</script>`);
    store.save(['analytics']);
    activateGated();
    await until(() => window.__ran.length == 4, 'four scripts');
    expect(window.__ran).to.deep.equal(['A', 'B', 'C', 'D']);
  });

  it('keeps consecutive external scripts in order without waiting to request them', async () => {
    const c = fresh(`${FIX}/c.js`);
    await markup(`
      <script type="text/plain" data-consent="analytics" src="${fresh(`/delay/1000${FIX}/a.js`)}"></script>
      <script type="text/plain" data-consent="analytics" src="${c}"></script>`);
    store.save(['analytics']);
    activateGated();
    // C is requested (and here loaded) while A is still on its way, yet runs after it. A comes a
    // second late: a busy machine may take a few hundred milliseconds to load C.
    await until(() => requested(c.split('?')[1]), 'the request for C', 900);
    expect(window.__ran).to.deep.equal([]);
    await until(() => window.__ran.length == 2, 'two scripts');
    expect(window.__ran).to.deep.equal(['A', 'C']);
  });

  it("keeps an author's async: it neither waits nor holds back later scripts (SG-04)", async () => {
    // (the async one comes a second late, so that C loads first even on a busy machine)
    const el = await markup(`
      <script type="text/plain" data-consent="analytics" async id="slow" src="${fresh(`/delay/1000${FIX}/a.js`)}"></script>
      <script type="text/plain" data-consent="analytics" id="fast" src="${fresh(`${FIX}/c.js`)}"></script>
      <script type="text/plain" data-consent="analytics">__ran.push('B')</script>`);
    store.save(['analytics']);
    activateGated();
    await until(() => window.__ran.length == 3, 'three scripts');
    expect(window.__ran).to.deep.equal(['C', 'B', 'A']);
    expect(el.querySelector<HTMLScriptElement>('#slow')!.async).to.equal(true);
    expect(el.querySelector<HTMLScriptElement>('#fast')!.async).to.equal(false);
  });

  it('runs data-type="module" as a module, external and inline, in order (SG-05)', async () => {
    await markup(`
      <script type="text/plain" data-consent="analytics" data-type="module" data-src="${fresh(`/delay/200${FIX}/module.js`)}"></script>
      <script type="text/plain" data-consent="analytics">__ran.push('B')</script>
      <script type="text/plain" data-consent="analytics" data-type="module">
        __ran.push('IM:' + (document.currentScript === null) + ':' + (typeof import.meta.url))
      </script>`);
    store.save(['analytics']);
    activateGated();
    await until(() => window.__ran.length == 3, 'three scripts');
    expect(window.__ran).to.deep.equal(['M:true:true', 'B', 'IM:true:string']);
    expect(document.querySelectorAll('script[type="module"][data-consent]')).to.have.length(2);
  });

  it('keeps every attribute but type, and the nonce (SG-07, SG-14)', async () => {
    const src = `${FIX}/attrs.js`;
    const el = await markup(`
      <script type="text/plain" data-consent="analytics" data-src="${src}" integrity="${ATTRS_SHA384}"
        crossorigin="anonymous" referrerpolicy="no-referrer" id="kept" class="x y" data-foo="bar"
        onload="__ran.push('onload:' + this.id)" onerror="__ran.push('onerror')"></script>`);
    const old = el.querySelector('script')!;
    old.nonce = 'n0nce';
    const before = old.getAttributeNames().map((n) => [n, old.getAttribute(n)]);
    store.save(['analytics']);
    activateGated();
    await until(() => window.__ran.length == 2, 'the script and its onload');
    expect(window.__ran).to.deep.equal(['attrs:kept', 'onload:kept']);
    const now = el.querySelector('script')!;
    expect(now).not.to.equal(old);
    expect(now.nonce).to.equal('n0nce');
    expect(Object.fromEntries(now.getAttributeNames().map((n) => [n, now.getAttribute(n)]))).to.deep.equal({
      ...Object.fromEntries(before.filter(([n]) => n != 'type')),
      src,
    });
  });

  it('keeps nomodule: such a script does not run and does not hold back the queue', async () => {
    const el = await markup(`
      <script type="text/plain" data-consent="analytics" nomodule src="${fresh(`${FIX}/a.js`)}"></script>
      <script type="text/plain" data-consent="analytics">__ran.push('B')</script>`);
    store.save(['analytics']);
    activateGated();
    await until(() => window.__ran.length == 1, 'B');
    await sleep(50);
    expect(window.__ran).to.deep.equal(['B']);
    expect(el.querySelector('script')!.noModule).to.equal(true);
  });

  it('runs each script once, however often consent is saved or activation runs (SG-02)', async () => {
    await markup(`
      <script type="text/plain" data-consent="analytics" src="${fresh(`/delay/100${FIX}/a.js`)}"></script>
      <script type="text/plain" data-consent="analytics">__ran.push('B')</script>`);
    store.save(['analytics']);
    activateGated();
    activateGated();
    store.save(['analytics', 'marketing']);
    activateGated();
    await until(() => window.__ran.length == 2, 'two scripts');
    store.acceptAll();
    activateGated();
    activateGated(document.body);
    await sleep(200);
    expect(window.__ran).to.deep.equal(['A', 'B']);
  });

  it('needs every listed category: "analytics marketing" is AND (SG-08)', async () => {
    await markup(`
      <script type="text/plain" data-consent="analytics marketing">__ran.push('both')</script>
      <script type="text/plain" data-consent=" analytics ">__ran.push('analytics')</script>
      <script type="text/plain" data-consent="marketing">__ran.push('marketing')</script>`);
    store.save(['analytics']);
    activateGated();
    // (a script let through wrongly would take the same queue and run with the allowed one)
    await until(() => window.__ran.length, 'the analytics script');
    expect(window.__ran).to.deep.equal(['analytics']);
    store.save(['analytics', 'marketing']);
    activateGated();
    await until(() => window.__ran.length >= 3, 'the two other scripts');
    expect(window.__ran).to.deep.equal(['analytics', 'both', 'marketing']);
  });

  it('treats an undeclared id as a category, and an empty data-consent as blocked', async () => {
    await markup(`
      <script type="text/plain" data-consent="chat">__ran.push('chat')</script>
      <script type="text/plain" data-consent="">__ran.push('empty')</script>
      <script type="text/plain" data-consent="necessary">__ran.push('necessary')</script>`);
    activateGated();
    // (a script let through wrongly would take the same queue and run with necessary)
    await until(() => window.__ran.length, 'the necessary script');
    expect(window.__ran).to.deep.equal(['necessary']);
    store.grant(['chat']);
    activateGated();
    await until(() => window.__ran.length >= 2, 'the chat script');
    expect(window.__ran).to.deep.equal(['necessary', 'chat']);
  });

  it('runs nothing that is still queued once consent is withdrawn (SG-11)', async () => {
    const c = fresh(`${FIX}/c.js`);
    await markup(`
      <script type="text/plain" data-consent="analytics" src="${fresh(`/delay/300${FIX}/a.js`)}"></script>
      <script type="text/plain" data-consent="analytics">__ran.push('B')</script>
      <script type="text/plain" data-consent="analytics" src="${c}"></script>`);
    store.save(['analytics']);
    activateGated();
    await sleep(50); // A is on its way: the browser has it, it cannot be called back
    store.save([]);
    await until(() => window.__ran.length, 'A');
    await sleep(150); // time enough for B and C, were they to run
    expect(window.__ran).to.deep.equal(['A']);
    expect(requested(c.split('?')[1])).to.equal(false);
    // what did not run is still gated, and runs on a new grant, once
    store.save(['analytics']);
    activateGated();
    activateGated();
    await until(() => window.__ran.length == 3, 'B and C');
    expect(window.__ran).to.deep.equal(['A', 'B', 'C']);
  });

  it('runs nothing when consent is withdrawn in the same task as the grant', async () => {
    await markup(`
      <script type="text/plain" data-consent="analytics" src="${fresh(`${FIX}/a.js`)}"></script>
      <script type="text/plain" data-consent="analytics">__ran.push('B')</script>`);
    store.save(['analytics']);
    activateGated();
    store.save([]);
    await sleep(150);
    expect(window.__ran).to.deep.equal([]);
  });

  it('does not run a script removed from the page while it waited, nor hold back the rest', async () => {
    const el = await markup(`
      <script type="text/plain" data-consent="analytics" src="${fresh(`/delay/100${FIX}/a.js`)}"></script>
      <script type="text/plain" data-consent="analytics">__ran.push('B')</script>
      <script type="text/plain" data-consent="analytics" id="gone" src="${fresh(`${FIX}/c.js`)}"></script>
      <script type="text/plain" data-consent="analytics" id="gone-too">__ran.push('gone')</script>
      <script type="text/plain" data-consent="analytics">__ran.push('D')</script>`);
    store.save(['analytics']);
    activateGated();
    el.querySelector('#gone')!.remove();
    el.querySelector('#gone-too')!.remove();
    await until(() => window.__ran.length == 3, 'A, B and D');
    expect(window.__ran).to.deep.equal(['A', 'B', 'D']);
  });

  it('needs a new element: flipping type in place runs nothing (SG-19)', async () => {
    const el = await markup(`<script type="text/plain" data-consent="analytics">__ran.push('flip')</script>`);
    el.querySelector('script')!.type = 'text/javascript';
    await sleep(20);
    expect(window.__ran).to.deep.equal([]);
  });

  it('only activates under root, and root itself', async () => {
    const el = await markup(`
      <section><script type="text/plain" data-consent="analytics">__ran.push('in')</script></section>
      <script type="text/plain" data-consent="analytics">__ran.push('out')</script>`);
    store.save(['analytics']);
    activateGated(el.querySelector('section')!);
    activateGated(el.querySelector('section script')!);
    // (the script outside, were it activated, would have run with the one inside)
    await until(() => window.__ran.length, 'the script under root');
    expect(window.__ran).to.deep.equal(['in']);
  });

  it('treats a form given as root as no gated element: its named controls shadow matches()', async () => {
    const el = await markup(`
      <form data-consent="analytics"><input name="matches"><input name="tagName">
        <script type="text/plain" data-consent="analytics">__ran.push('in form')</script>
      </form>`);
    store.save(['analytics']);
    const form = el.querySelector('form')!;
    expect(() => activateGated(form)).not.to.throw();
    await until(() => window.__ran.length, 'the script in the form');
    expect(window.__ran).to.deep.equal(['in form']);
    expect(form.hasAttribute('src')).to.equal(false);
  });
});

describe('activateGated(): embeds, media and templates', () => {
  let store: ConsentStore;
  beforeEach(() => (store = freshPage()));
  afterEach(clearStorage);

  it('sets src on iframe and img only on grant, with no request before (SG-12)', async () => {
    const frame = fresh(`${FIX}/frame.html`);
    const dot = fresh(`${FIX}/dot.svg`);
    const big = fresh(`${FIX}/dot.svg`);
    const el = await markup(`
      <iframe data-consent="marketing" data-src="${frame}" title="Gated frame"></iframe>
      <img data-consent="marketing" data-src="${dot}" data-srcset="${big} 2x" alt="">`);
    activateGated();
    await sleep(150);
    const iframe = el.querySelector('iframe')!;
    const img = el.querySelector('img')!;
    expect(iframe.hasAttribute('src') || img.hasAttribute('src') || img.hasAttribute('srcset')).to.equal(false);
    expect([frame, dot, big].some((u) => requested(u.split('?')[1]))).to.equal(false);
    store.save(['marketing']);
    activateGated();
    expect(iframe.getAttribute('src')).to.equal(frame);
    expect(img.getAttribute('src')).to.equal(dot);
    expect(img.getAttribute('srcset')).to.equal(`${big} 2x`);
    await until(() => iframe.contentDocument?.body?.textContent?.includes('embedded'), 'the frame to load');
    await until(() => img.complete, 'the image');
  });

  it('does not reload an iframe that has its src already', async () => {
    const el = await markup(`<iframe data-consent="marketing" data-src="${FIX}/frame.html" title="Gated frame"></iframe>`);
    store.save(['marketing']);
    activateGated();
    const iframe = el.querySelector('iframe')!;
    let loads = 0;
    iframe.addEventListener('load', () => loads++);
    await until(() => loads == 1, 'the frame to load');
    activateGated();
    // a copy of it, made by a framework that renders the page again, loads by itself
    const copy = iframe.cloneNode() as HTMLIFrameElement;
    let copyLoads = 0;
    copy.addEventListener('load', () => copyLoads++);
    el.append(copy);
    await until(() => copyLoads == 1, 'the copy to load');
    activateGated();
    await sleep(200);
    expect([loads, copyLoads]).to.deep.equal([1, 1]);
  });

  it('sets src on <source> and reloads its media element; on video, audio and embed too', async () => {
    const el = await markup(`
      <video data-consent="marketing"><source data-consent="marketing" data-src="${FIX}/dot.svg" type="video/webm"></video>
      <audio data-consent="marketing" data-src="${FIX}/dot.svg?audio"></audio>
      <embed data-consent="marketing" data-src="${FIX}/dot.svg" type="image/svg+xml">`);
    const video = el.querySelector('video')!;
    let loads = 0;
    video.load = () => void loads++;
    activateGated();
    expect(el.querySelectorAll('[src]')).to.have.length(0);
    store.save(['marketing']);
    activateGated();
    expect(el.querySelector('source')!.getAttribute('src')).to.equal(`${FIX}/dot.svg`);
    expect(el.querySelector('audio')!.getAttribute('src')).to.equal(`${FIX}/dot.svg?audio`);
    expect(el.querySelector('embed')!.getAttribute('src')).to.equal(`${FIX}/dot.svg`);
    expect(loads).to.equal(1);
  });

  it('stamps a template in its place on grant, its scripts in order and once', async () => {
    const el = await markup(`
      <p>before</p>
      <template data-consent="analytics">
        <p class="stamped">hello</p>
        <script>__ran.push('T1')</script>
        <script src="${fresh(`/delay/200${FIX}/a.js`)}"></script>
        <script>__ran.push('T2')</script>
        <script type="text/plain" data-consent="marketing">__ran.push('T-marketing')</script>
      </template>
      <p>after</p>`);
    activateGated();
    await sleep(20);
    expect(el.querySelector('template')).to.exist;
    expect(el.querySelector('.stamped')).to.equal(null);
    store.save(['analytics']);
    activateGated();
    activateGated();
    expect(el.querySelector('template')).to.equal(null);
    expect([...el.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(['before', 'hello', 'after']);
    await until(() => window.__ran.length == 3, 'the template scripts');
    await sleep(50);
    expect(window.__ran).to.deep.equal(['T1', 'A', 'T2']);
    store.save(['analytics', 'marketing']);
    activateGated();
    await until(() => window.__ran.length == 4, 'the marketing script in the template');
    expect(window.__ran).to.deep.equal(['T1', 'A', 'T2', 'T-marketing']);
  });
});
