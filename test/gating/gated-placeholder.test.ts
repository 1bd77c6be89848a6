import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ConsentStore } from '../../src/core/consent-store.js';
import { activateGated } from '../../src/gating/activate-gated.js';
import { enablePlaceholders, placeholderTexts } from '../../src/gating/gated-placeholder.js';
import { gating } from '../../src/gating/gating-state.js';
import { startGating } from '../../src/gating/start-gating.js';
import { setScriptNonce } from '../../src/gating/script-nonce.js';
import { captureWarnings, clearStorage, cookieRecord } from '../helpers.js';
import { FIX, freshPage, markup, sleep, until } from './gating-helpers.js';

const placeholders = (root: ParentNode = document) => [...root.querySelectorAll<HTMLElement>('.consent-placeholder')];
const texts = { ...placeholderTexts, labels: {} };

/** A blocked video that asks for a placeholder, made by script as a framework makes it. */
function blockedVideo(): HTMLIFrameElement {
  const frame = Object.assign(document.createElement('iframe'), { title: 'Video' });
  Object.assign(frame.dataset, { consent: 'marketing', consentPlaceholder: '', src: `${FIX}/frame.html` });
  return frame;
}

describe('placeholders (data-consent-placeholder)', () => {
  let store: ConsentStore;
  let stop: (() => void) | undefined;
  beforeEach(() => {
    store = freshPage();
    enablePlaceholders();
  });
  afterEach(() => {
    stop?.();
    stop = undefined;
    delete gating.placeholder;
    Object.assign(placeholderTexts, texts, { labels: {} });
    clearStorage();
  });

  /** A page with the watcher running, and a blocked video, made by script, with its placeholder. */
  async function videoOnPage(): Promise<{ el: HTMLElement; main: HTMLElement; frame: HTMLIFrameElement }> {
    const el = await markup('<main></main>');
    stop = startGating();
    const main = el.querySelector('main')!;
    const frame = blockedVideo();
    main.append(frame);
    await until(() => placeholders(el).length, 'the placeholder');
    return { el, main, frame };
  }

  it('are shown only when enabled, once, before blocked elements that ask for one', async () => {
    delete gating.placeholder;
    const el = await markup(`
      <iframe data-consent="marketing" data-consent-placeholder data-src="${FIX}/frame.html" title="Video"></iframe>
      <iframe data-consent="marketing" data-src="${FIX}/frame.html" title="No placeholder"></iframe>
      <div data-consent="necessary" data-consent-placeholder>granted already</div>`);
    activateGated();
    expect(placeholders(el)).to.have.length(0);
    enablePlaceholders();
    activateGated();
    activateGated();
    const [host, ...more] = placeholders(el);
    expect(more).to.have.length(0);
    expect(host.nextElementSibling).to.equal(el.querySelector('iframe'));
    expect(el.querySelector('iframe')!.hidden).to.equal(true);
    expect(host.textContent).to.equal(
      'This content is blocked because it uses marketing cookies. Allow marketing cookies and load',
    );
    const buttons = host.querySelectorAll('button');
    expect(buttons).to.have.length(1);
    expect(buttons[0].type).to.equal('button');
    expect(buttons[0].textContent).to.equal('Allow marketing cookies and load');
    expect(host.lang).to.equal('en');
    expect(el.querySelector<HTMLElement>('div[data-consent]')!.hidden).to.equal(false);
  });

  it('hide the blocked element even where the page styles it display: block, and show it once loaded', async () => {
    const el = await markup(`
      <style>.video { display: block; width: 100%; }</style>
      <iframe class="video" data-consent="marketing" data-consent-placeholder data-src="${FIX}/frame.html" title="Video"></iframe>`);
    stop = startGating();
    const iframe = el.querySelector('iframe')!;
    expect(getComputedStyle(iframe).display).to.equal('none');
    placeholders(el)[0].querySelector('button')!.click();
    expect(getComputedStyle(iframe).display).to.equal('block');
    expect(iframe.getAttribute('style')).to.equal(null);
  });

  it('grant exactly that category and load the content on Enter, in one action (SG-13)', async () => {
    const el = await markup(`
      <iframe data-consent="marketing" data-consent-placeholder data-src="${FIX}/frame.html" title="Video"></iframe>
      <script type="text/plain" data-consent="analytics">__ran.push('analytics')</script>`);
    stop = startGating();
    const button = placeholders(el)[0].querySelector('button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    const iframe = el.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).to.equal(`${FIX}/frame.html`);
    expect(iframe.hidden).to.equal(false);
    expect(placeholders(el)).to.have.length(0);
    expect(document.activeElement).to.equal(iframe);
    const record = cookieRecord()!;
    expect(record.granted).to.deep.equal(['necessary', 'marketing']);
    expect(record.denied).to.deep.equal([]);
    expect(record.cause).to.equal('save');
    expect(store.needsDecision).to.equal(true); // analytics was not answered
    await sleep(20);
    expect(window.__ran).to.deep.equal([]);
  });

  it('load the content with Space as well, without a watcher running', async () => {
    const el = await markup(
      `<script type="text/plain" data-consent="chat" data-consent-placeholder>__ran.push('chat')</script>`,
    );
    activateGated();
    placeholders(el)[0].querySelector('button')!.focus();
    await sendKeys({ press: ' ' });
    await until(() => window.__ran.length, 'the chat script');
    expect(window.__ran).to.deep.equal(['chat']);
    expect(cookieRecord()!.granted).to.deep.equal(['necessary', 'chat']);
    expect(placeholders(el)).to.have.length(0);
  });

  it('are not offered for a script the nonce rule refuses: its button could never load it', async () => {
    setScriptNonce('page-nonce');
    const w = captureWarnings();
    try {
      const el = await markup(`
        <script type="text/plain" data-consent="chat" data-consent-placeholder>__ran.push('injected')</script>
        <script type="text/plain" data-consent="chat" data-consent-placeholder nonce="page-nonce">__ran.push('own')</script>`);
      activateGated();
      activateGated();
      const [only, ...more] = placeholders(el);
      expect(more).to.have.length(0);
      expect(only.nextElementSibling).to.equal(el.querySelectorAll('script')[1]);
      expect(w.messages.filter((m) => m.includes("without the page's nonce"))).to.have.length(1);
      only.querySelector('button')!.click();
      await until(() => window.__ran.length, 'the own script');
      await sleep(50);
      expect(window.__ran).to.deep.equal(['own']);
    } finally {
      w.restore();
      setScriptNonce('');
    }
  });

  it('follow their element: gone when it leaves the page, back when it returns, none left after the grant', async () => {
    // a framework's v-if: the element rendered, taken away, a new one rendered
    const { el, main, frame: first } = await videoOnPage();
    first.remove();
    await until(() => !placeholders(el).length, 'the placeholder gone with its element');
    const second = blockedVideo();
    main.append(second);
    await until(() => placeholders(el).length, 'the new element\'s placeholder');
    await sleep(20);
    expect(placeholders(el)).to.have.length(1);
    expect(placeholders(el)[0]!.nextElementSibling).to.equal(second);
    // the same element moved elsewhere: its placeholder with it
    const aside = el.appendChild(document.createElement('aside'));
    aside.append(second);
    await until(() => placeholders(el)[0]!.nextElementSibling === second && placeholders(aside).length, 'the placeholder moved');
    // the same element taken away and put back: a placeholder again, one
    second.remove();
    await sleep(20);
    expect(placeholders(el)).to.have.length(0);
    main.append(second);
    await until(() => placeholders(main).length, 'the placeholder back');
    expect(placeholders(el)).to.have.length(1);
    store.save(['marketing']);
    await until(() => second.src, 'the video loaded');
    expect(placeholders(el)).to.have.length(0);
  });

  it("keep their button's focus, and their place, when the page puts a node between them and their element", async () => {
    const el = await markup(`<iframe data-consent="marketing" data-consent-placeholder data-src="${FIX}/frame.html" title="Video"></iframe>`);
    stop = startGating();
    const [host] = placeholders(el);
    const button = host!.querySelector('button')!;
    button.focus();
    // a caption, a spinner, a framework's comment anchor
    el.querySelector('iframe')!.before(document.createComment('anchor'));
    await sleep(50);
    expect(document.activeElement === button, 'the button keeps focus').to.equal(true);
    expect(el.firstElementChild === host, 'the placeholder where it was').to.equal(true);
    // moved elsewhere with its element, it keeps focus too
    const aside = el.appendChild(document.createElement('aside'));
    aside.append(el.querySelector('iframe')!);
    await until(() => aside.contains(host!), 'the placeholder moved');
    expect(document.activeElement === button, 'the button keeps focus once moved').to.equal(true);
  });

  it('follow their element whichever copy of the library drew them', async () => {
    const copy = (await import(/* the same sources from another URL: a second copy */ `${'/copy2'}/src/gating/gated-placeholder.ts`)) as {
      enablePlaceholders: typeof enablePlaceholders;
    };
    const { el, frame } = await videoOnPage();
    // the drop-in bundle arrives after the app's copy: both enable placeholders
    copy.enablePlaceholders();
    frame.remove();
    await sleep(50);
    expect(placeholders(el), 'gone with its element').to.have.length(0);
  });

  it('put back with their element after a grant made while it was away: the element shows', async () => {
    const { el, main, frame } = await videoOnPage();
    // a kept-alive view: taken off the page; the visitor accepts meanwhile; put back
    frame.remove();
    await until(() => !placeholders(el).length, 'the placeholder gone with its element');
    store.save(['marketing']);
    await sleep(20);
    main.append(frame);
    await until(() => frame.getAttribute('src'), 'the video loaded');
    expect(frame.hidden, 'shown').to.equal(false);
    expect(placeholders(el)).to.have.length(0);
  });

  it('let the page put the element in its placeholder: the watcher goes on, nothing thrown', async () => {
    const { el, main, frame } = await videoOnPage();
    const errors: unknown[] = [];
    const onerror = window.onerror;
    window.onerror = (_m, _s, _l, _c, error) => (errors.push(error), true);
    try {
      placeholders(el)[0]!.append(frame);
      await sleep(20);
      store.save(['analytics']);
      const later = Object.assign(document.createElement('script'), { type: 'text/plain', text: "__ran.push('later')" });
      later.dataset.consent = 'analytics';
      main.append(later);
      await until(() => window.__ran.length, 'the script added later');
      expect(errors.map(String)).to.deep.equal([]);
    } finally {
      window.onerror = onerror;
    }
  });

  it('go away when the category is granted another way, and the element shows', async () => {
    const el = await markup(
      `<img data-consent="marketing" data-consent-placeholder data-src="${FIX}/dot.svg" alt="A dot">`,
    );
    stop = startGating();
    expect(placeholders(el)).to.have.length(1);
    store.acceptAll();
    expect(placeholders(el)).to.have.length(0);
    expect(el.querySelector('img')!.hidden).to.equal(false);
    expect(el.querySelector('img')!.getAttribute('src')).to.equal(`${FIX}/dot.svg`);
  });

  it('name only the categories still blocked, by their labels, as a list', async () => {
    placeholderTexts.labels = { marketing: 'advertising' };
    const el = await markup(`
      <div data-consent="analytics marketing" data-consent-placeholder>both</div>
      <div data-consent="analytics marketing video" data-consent-placeholder>three</div>`);
    store.grant(['analytics']);
    stop = startGating();
    const [two, three] = placeholders(el);
    expect(two.firstChild!.textContent).to.equal('This content is blocked because it uses advertising cookies.');
    expect(three.querySelector('button')!.textContent).to.equal('Allow advertising and video cookies and load');
    three.querySelector('button')!.click();
    expect(cookieRecord()!.granted).to.have.members(['necessary', 'analytics', 'marketing', 'video']);
    expect(placeholders(el)).to.have.length(0); // both: the watcher saw the grant
  });

  it("keep a label's $& and $` as written", async () => {
    placeholderTexts.labels = { marketing: 'A$&B$`C' };
    const el = await markup(`<div data-consent="marketing" data-consent-placeholder>x</div>`);
    activateGated();
    expect(placeholders(el)[0].querySelector('button')!.textContent).to.equal('Allow A$&B$`C cookies and load');
  });

  it('take their texts from placeholderTexts', async () => {
    Object.assign(placeholderTexts, {
      lang: 'de',
      blocked: 'Blockiert: {categories}.',
      allow: '{categories} erlauben',
      labels: { marketing: 'Marketing', analytics: 'Statistik' },
    });
    const el = await markup(`<div data-consent="analytics marketing" data-consent-placeholder>x</div>`);
    activateGated();
    expect(placeholders(el)[0].textContent).to.equal('Blockiert: Statistik und Marketing. Statistik und Marketing erlauben');
    expect(placeholders(el)[0].lang).to.equal('de');
  });

  it('are axe-clean and readable on light and dark pages', async () => {
    const el = await markup(`
      <div style="color:#111;background:#fff;padding:8px">
        <iframe data-consent="marketing" data-consent-placeholder data-src="${FIX}/frame.html" title="Video"></iframe>
      </div>
      <div style="color:#eee;background:#111;padding:8px">
        <iframe data-consent="marketing" data-consent-placeholder data-src="${FIX}/frame.html" title="Video 2"></iframe>
      </div>`);
    activateGated();
    const [light, dark] = placeholders(el);
    expect(getComputedStyle(light).color).to.equal('rgb(17, 17, 17)');
    expect(getComputedStyle(dark).color).to.equal('rgb(238, 238, 238)');
    await expect(el).to.be.accessible();
  });

  it('have a button of at least 24 × 24 px with a visible focus, even in a small font', async () => {
    const el = await markup(`<div style="font-size:9px">
      <div data-consent="marketing" data-consent-placeholder>x</div></div>`);
    activateGated();
    const button = placeholders(el)[0].querySelector('button')!;
    const { width, height } = button.getBoundingClientRect();
    expect(width).to.be.at.least(24);
    expect(height).to.be.at.least(24);
    button.focus();
    await sendKeys({ press: 'Shift' }); // keyboard modality: :focus-visible
    expect(button.matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(button).outlineStyle).not.to.equal('none');
    expect(button.getAttribute('style')).to.equal('min-height: 24px;');
  });
});
