import { expect } from '@open-wc/testing';
import type { ConsentStore } from '../../src/core/consent-store.js';
import { activateGated } from '../../src/gating/activate-gated.js';
import { startGating } from '../../src/gating/start-gating.js';
import { clearStorage } from '../helpers.js';
import { FIX, freshPage, fresh, markup, sleep, until } from './gating-helpers.js';

type Gating = typeof import('../../src/gating/index.js');

describe('startGating()', () => {
  let store: ConsentStore;
  const stops: (() => void)[] = [];
  const start = (fn = startGating) => {
    const stop = fn();
    stops.push(stop);
    return stop;
  };
  beforeEach(() => (store = freshPage()));
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    clearStorage();
  });

  it('activates what is on the page at once and after every consent update', async () => {
    await markup(`
      <script type="text/plain" data-consent="necessary">__ran.push('necessary')</script>
      <script type="text/plain" data-consent="analytics">__ran.push('analytics')</script>`);
    start();
    // (were analytics let through, it would take the same queue and run with necessary)
    await until(() => window.__ran.length, 'the necessary script');
    expect(window.__ran).to.deep.equal(['necessary']);
    store.save(['analytics']);
    await until(() => window.__ran.length >= 2, 'the analytics script');
    expect(window.__ran).to.deep.equal(['necessary', 'analytics']);
  });

  it('finds markup added after consent, by innerHTML or appendChild, deep in a subtree (SG-09)', async () => {
    const el = await markup('<main></main>');
    start();
    store.save(['analytics']);
    const main = el.querySelector('main')!;
    main.innerHTML = `<section><div>
      <script type="text/plain" data-consent="analytics" src="${fresh(`/delay/100${FIX}/a.js`)}"></script>
      <script type="text/plain" data-consent="analytics">__ran.push('B')</script></div></section>`;
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset.consent = 'analytics';
    script.text = "__ran.push('appended')";
    main.firstElementChild!.append(script);
    await until(() => window.__ran.length == 3, 'the three scripts');
    expect(window.__ran).to.deep.equal(['A', 'B', 'appended']);
  });

  it('finds markup added in one task under parents that gain children again and again, before and after theirs', async () => {
    const el = await markup('<main></main><aside></aside>');
    start();
    store.save(['analytics']);
    const [main, aside] = el.children;
    const gated = (name: string) => {
      const s = document.createElement('script');
      s.type = 'text/plain';
      s.dataset.consent = 'analytics';
      s.text = `__ran.push('${name}')`;
      return s;
    };
    const div = (...children: Node[]) => {
      const d = document.createElement('div');
      d.append(...children);
      return d;
    };
    // the watcher queries each parent that gained children once per batch, and not one under a
    // parent it queried: the records interleave here, parents before children and after
    const card = div();
    main.append(card);
    const inner = div();
    card.append(inner);
    inner.append(gated('inner'));
    main.append('text', div(div(gated('nested'))));
    card.append(gated('card'));
    const moved = div();
    card.append(moved);
    moved.append(gated('moved'));
    aside.append(moved);
    const template = document.createElement('template');
    main.append(template);
    template.content.append(gated('template'));
    inner.append(div(gated('last')));
    await until(() => window.__ran.length == 5, 'the five scripts');
    await sleep(50);
    expect([...window.__ran].sort()).to.deep.equal(['card', 'inner', 'last', 'moved', 'nested']);
    expect(template.content.querySelector('script')!.type).to.equal('text/plain');
  });

  it('queries the children a parent gained a few at a time, a parent that gained many once, the page after a burst', async () => {
    const el = await markup('<main></main>');
    const main = el.querySelector('main')!;
    for (let i = 0; i < 50; i++) main.append(document.createElement('p'));
    start();
    store.save(['analytics']);
    await sleep(0);
    const queried: Node[] = [];
    const spies = [Element.prototype, Document.prototype].map((proto) => {
      const { querySelector } = proto;
      proto.querySelector = function (this: ParentNode, selector: string) {
        queried.push(this as Node);
        return querySelector.call(this, selector);
      } as typeof querySelector;
      return () => (proto.querySelector = querySelector);
    });
    const appended = async (count: number, tag = 'p') => {
      queried.length = 0;
      for (let i = 0; i < count; i++) main.append(document.createElement(tag));
      await sleep(0);
      return [...queried];
    };
    try {
      // a feed's new section: the section is queried, not the page it joins
      queried.length = 0;
      const section = document.createElement('section');
      main.append(section);
      section.append(document.createElement('div'), document.createElement('div'));
      await sleep(0);
      expect(queried, 'a section appended').to.deep.equal([section]);
      expect(await appended(20), 'twenty paragraphs appended').to.deep.equal([main]);
      expect(await appended(1500), 'a burst of 1,500').to.deep.equal([document]);
    } finally {
      for (const restore of spies) restore();
    }
    // what is gated is found either way
    const gated = (name: string) => {
      const script = Object.assign(document.createElement('script'), { type: 'text/plain', text: `__ran.push('${name}')` });
      script.dataset.consent = 'analytics';
      return script;
    };
    main.append(gated('few'));
    await until(() => window.__ran.length == 1, 'the script appended alone');
    for (let i = 0; i < 20; i++) main.append(document.createElement('p'));
    main.append(gated('many'));
    await until(() => window.__ran.length == 2, 'the script appended after twenty');
    for (let i = 0; i < 1500; i++) main.append(document.createElement('p'));
    main.append(gated('burst'));
    await until(() => window.__ran.length == 3, 'the script appended in a burst');
    expect(window.__ran).to.deep.equal(['few', 'many', 'burst']);
  });

  it('runs a script whose data-type is text/plain once: its copy, gated markup too, is not activated again and again', async () => {
    const el = await markup('<script type="text/plain" data-consent="analytics" data-type="text/plain">__ran.push("never")</script>');
    start();
    let inserted = 0;
    const count = new MutationObserver((records) => records.forEach((r) => (inserted += r.addedNodes.length)));
    count.observe(el, { childList: true });
    store.save(['analytics']);
    await sleep(200);
    count.disconnect();
    expect(inserted, 'copies inserted').to.equal(1);
    expect(window.__ran).to.deep.equal([]);
  });

  it('finds markup made in another frame of the page and moved into it', async () => {
    const el = await markup('<main></main><iframe></iframe>');
    start();
    store.save(['analytics']);
    const other = el.querySelector('iframe')!.contentDocument!;
    // a widget that builds its markup in a frame of its own, then moves it into the page
    const card = other.createElement('div');
    card.innerHTML = `<script type="text/plain" data-consent="analytics">__ran.push('in a card')</script>`;
    const alone = other.createElement('script');
    alone.type = 'text/plain';
    alone.dataset.consent = 'analytics';
    alone.text = "__ran.push('alone')";
    el.querySelector('main')!.append(card, alone);
    await until(() => window.__ran.length == 2, 'both scripts');
    expect(window.__ran).to.deep.equal(['in a card', 'alone']);
  });

  it('runs scripts added in one task in document order, whatever the order of insertion', async () => {
    const el = await markup('<main></main><aside></aside>');
    start();
    store.save(['analytics']);
    await sleep(0);
    const [main, aside] = el.children;
    const script = (name: string) => {
      const s = Object.assign(document.createElement('script'), { type: 'text/plain', text: `__ran.push('${name}')` });
      s.dataset.consent = 'analytics';
      return s;
    };
    // a keyed list that mounts its items from the last (Vue's does), and a later parent first
    aside!.append(script('D'));
    const b = script('B');
    main!.append(b);
    main!.insertBefore(script('A'), b);
    main!.append(script('C'));
    await until(() => window.__ran.length == 4, 'the four scripts');
    expect(window.__ran).to.deep.equal(['A', 'B', 'C', 'D']);
  });

  it('leaves markup added before consent until the grant (SG-10)', async () => {
    const el = await markup('<main></main>');
    start();
    const frame = fresh(`${FIX}/frame.html`);
    el.querySelector('main')!.innerHTML = `
      <script type="text/plain" data-consent="analytics">__ran.push('late')</script>
      <iframe data-consent="analytics" data-src="${frame}" title="Late frame"></iframe>`;
    await sleep(50);
    expect(window.__ran).to.deep.equal([]);
    expect(el.querySelector('iframe')!.hasAttribute('src')).to.equal(false);
    store.save(['analytics']);
    await until(() => window.__ran.length && el.querySelector('iframe')!.hasAttribute('src'), 'the script and the frame');
    expect(window.__ran).to.deep.equal(['late']);
    expect(el.querySelector('iframe')!.getAttribute('src')).to.equal(frame);
  });

  it('runs nothing twice: repeated saves, two watchers, and activation by hand (SG-02)', async () => {
    await markup(`
      <script type="text/plain" data-consent="analytics" src="${fresh(`/delay/100${FIX}/a.js`)}"></script>
      <script type="text/plain" data-consent="analytics">__ran.push('B')</script>`);
    start();
    start();
    store.save(['analytics']);
    activateGated();
    store.save(['analytics']);
    store.acceptAll();
    await until(() => window.__ran.length == 2, 'two scripts');
    store.save(['analytics', 'marketing']);
    await sleep(150);
    expect(window.__ran).to.deep.equal(['A', 'B']);
  });

  it('shares one watcher between two copies of the library', async () => {
    const copy = (await import(/* the same sources, another URL */ `${"/copy2"}/src/gating/index.ts`)) as Gating;
    expect(copy.startGating).not.to.equal(startGating);
    const observers: MutationObserver[] = [];
    const Native = window.MutationObserver;
    window.MutationObserver = class extends Native {
      constructor(cb: MutationCallback) {
        super(cb);
        observers.push(this);
      }
    };
    try {
      start();
      start(copy.startGating);
    } finally {
      window.MutationObserver = Native;
    }
    expect(observers).to.have.length(1);
    await markup(`
      <script type="text/plain" data-consent="analytics" src="${fresh(`/delay/100${FIX}/a.js`)}"></script>
      <script type="text/plain" data-consent="analytics">__ran.push('B')</script>`);
    store.save(['analytics']);
    copy.activateGated();
    activateGated();
    await until(() => window.__ran.length == 2, 'two scripts');
    await sleep(150);
    expect(window.__ran).to.deep.equal(['A', 'B']);
  });

  it('keeps watching until every caller has stopped, each stop counting once', async () => {
    const el = await markup('<main></main>');
    const first = start();
    const second = start();
    store.save(['analytics']);
    first();
    first();
    el.querySelector('main')!.innerHTML = `<script type="text/plain" data-consent="analytics">__ran.push('one')</script>`;
    await until(() => window.__ran.length, 'the script added while one caller still watches');
    expect(window.__ran).to.deep.equal(['one']);
    second();
    el.querySelector('main')!.innerHTML = `<script type="text/plain" data-consent="analytics">__ran.push('two')</script>`;
    store.save(['analytics', 'marketing']);
    await sleep(20);
    expect(window.__ran).to.deep.equal(['one']);
  });

  it('waits for DOMContentLoaded while the page is parsed, so no script is cut short', async () => {
    const frame = document.createElement('iframe');
    frame.src = `/stream${FIX}/parsing.html`;
    document.body.append(frame);
    try {
      const win = () => frame.contentWindow as unknown as { __ran?: string[]; __errors?: string[]; __startedWhile?: string };
      await until(() => win().__ran?.length || win().__errors?.length, 'the gated script');
      expect(win().__startedWhile).to.equal('loading');
      expect(win().__errors).to.deep.equal([]);
      expect(win().__ran).to.deep.equal(['onetwo']);
    } finally {
      frame.remove();
    }
  }).timeout(6000);
});
