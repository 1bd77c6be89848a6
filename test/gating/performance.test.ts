/**
 * Measures, and logs, the scale figures of docs/performance.md for gating; it asserts only that the work was
 * done, never a time (the machine decides those). Read the numbers in the browser logs.
 */
import { expect } from '@open-wc/testing';
import type { ConsentStore } from '../../src/core/consent-store.js';
import { activateGated } from '../../src/gating/activate-gated.js';
import { enablePlaceholders } from '../../src/gating/gated-placeholder.js';
import { gating } from '../../src/gating/gating-state.js';
import { startGating } from '../../src/gating/start-gating.js';
import { clearStorage } from '../helpers.js';
import { FIX, freshPage, until } from './gating-helpers.js';

declare global {
  interface Window {
    __count: number;
    __last: number;
  }
}

// the least of many runs: what the work costs, with the least interference from the machine
const least = (xs: number[]) => Math.min(...xs);
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** 1,000 gated elements of one kind, built off the page and then put on it at once. */
function thousand(make: (i: number) => Element): HTMLElement {
  const box = document.createElement('div');
  for (let i = 0; i < 1000; i++) box.append(make(i));
  document.body.append(box);
  return box;
}

const inlineScript = () => {
  const s = document.createElement('script');
  s.type = 'text/plain';
  s.dataset.consent = 'analytics';
  s.text = 'window.__count++; window.__last = performance.now()';
  return s;
};

describe('gating at scale (logs its measurements)', () => {
  let store: ConsentStore;
  beforeEach(() => {
    store = freshPage();
    window.__count = 0;
  });
  afterEach(() => {
    delete gating.placeholder;
    clearStorage();
  });

  it('activates 1,000 gated elements', async () => {
    store.save(['analytics', 'marketing']);
    const lines: string[] = [];

    let box = thousand(inlineScript);
    let t0 = performance.now();
    activateGated();
    const sync = performance.now() - t0;
    await until(() => window.__count == 1000, '1,000 scripts');
    lines.push(`1,000 inline scripts: ${ms(window.__last - t0)} until the last ran (${ms(sync)} in activateGated())`);
    box.remove();
    // the floor: the same 1,000 scripts inserted live, with no gating at all
    box = thousand(() => document.createElement('div'));
    window.__count = 0;
    t0 = performance.now();
    for (const div of box.children) {
      const s = inlineScript();
      s.removeAttribute('type');
      div.append(s);
    }
    lines.push(`  (the same 1,000 scripts inserted directly, without gating: ${ms(window.__last - t0)})`);
    expect(window.__count).to.equal(1000);
    box.remove();

    box = thousand(() => {
      const img = document.createElement('img');
      img.alt = '';
      img.dataset.consent = 'marketing';
      img.dataset.src = `${FIX}/dot.svg`;
      return img;
    });
    t0 = performance.now();
    activateGated();
    lines.push(`1,000 images: ${ms(performance.now() - t0)}`);
    expect(box.querySelectorAll('img[src]')).to.have.length(1000);
    box.remove();

    box = thousand(() => {
      const t = document.createElement('template');
      t.dataset.consent = 'marketing';
      t.innerHTML = '<p>stamped <b>content</b></p>';
      return t;
    });
    t0 = performance.now();
    activateGated();
    lines.push(`1,000 templates: ${ms(performance.now() - t0)}`);
    expect(box.querySelectorAll('p')).to.have.length(1000);
    box.remove();

    store.save([]);
    enablePlaceholders();
    box = thousand(() => {
      const d = document.createElement('div');
      d.dataset.consent = 'marketing';
      d.setAttribute('data-consent-placeholder', '');
      return d;
    });
    t0 = performance.now();
    activateGated();
    lines.push(`1,000 blocked elements with placeholders: ${ms(performance.now() - t0)}`);
    expect(box.querySelectorAll('.consent-placeholder')).to.have.length(1000);
    box.remove();

    console.log(`[gating] ${navigator.userAgent.match(/(Chrome|Firefox)\/\d+/)![0]}\n  ${lines.join('\n  ')}`);
  });

for (const layout of [false, true]) {
    it(`adds little to a page script that inserts 10,000 elements${layout ? ', with style and layout' : ''}`, async function () {
      // 27 to 45 runs of 10,000 insertions: a few seconds, many more on a loaded CI machine
      this.timeout(60000);
      const host = document.createElement('div');
      document.body.append(host);
      // The page script: 10,000 elements appended one by one (a record each, the watcher's worst
      // case), none gated. The watcher's callback runs as a microtask, before `await` resumes;
      // `layout` adds the style and layout work that the next frame would do anyway.
      const run = async () => {
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        const t0 = performance.now();
        for (let i = 0; i < 10000; i++) {
          const row = document.createElement('div');
          row.className = 'row';
          row.append(document.createElement('span'), `row ${i}`);
          host.append(row);
        }
        await null;
        if (layout) void document.body.offsetHeight;
        const t = performance.now() - t0;
        host.textContent = '';
        void document.body.offsetHeight; // the next run starts from a laid-out page
        return t;
      };
      const without: number[] = [];
      const idle: number[] = [];
      const watched: number[] = [];
      await run(); // warm up
      const modes = [
        async () => without.push(await run()),
        async () => {
          // the floor: what any subtree observer costs, whatever its callback does
          const observer = new MutationObserver(() => {});
          observer.observe(document, { childList: true, subtree: true });
          idle.push(await run());
          observer.disconnect();
        },
        async () => {
          const stop = startGating();
          watched.push(await run());
          stop();
        },
      ];
      // each round in another order, so that none pays for the one before more than the others
      for (let round = 0; round < (layout ? 9 : 15); round++) {
        for (let i = 0; i < 3; i++) await modes[(round + i) % 3]();
      }
      const ratio = least(watched) / least(without);
      console.log(
        `[gating] ${navigator.userAgent.match(/(Chrome|Firefox)\/\d+/)![0]} 10,000 appended elements` +
          `${layout ? ' + style and layout' : ''}: ${ms(least(without))} without the watcher, ` +
          `${ms(least(watched))} with it: ratio ${ratio.toFixed(3)}; ` +
          `an observer that does nothing: ratio ${(least(idle) / least(without)).toFixed(3)}`,
      );
      host.remove();
      expect(ratio).to.be.above(0);
    });
  }
});
