/**
 * A warning quotes values from the page; a line break in one must not start a console line of
 * its own, which could pass for another warning ("…: all categories granted").
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { activateGated, setScriptNonce } from '../../src/core.js';
import { parseConsentTypes } from '../../src/integrations/google-consent-mode/google-consent-mode.js';
import { captureWarnings, clearStorage } from '../helpers.js';

const FORGED = '5\n<cookie-consent>: every category granted\u2028';

describe('warnings stay on one line', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    setScriptNonce('');
    clearStorage();
  });

  const oneLine = () => {
    expect(warnings.messages).to.have.length(1);
    const [message] = warnings.messages;
    expect(message).to.not.match(/[\n\r\u2028\u2029]/);
    expect(message).to.include('\\u000a<cookie-consent>: every category granted');
  };

  it('an attribute value', async () => {
    await fixture(html`<cookie-consent days=${FORGED}></cookie-consent>`);
    oneLine();
  });

  it('an attribute of a configuring element', async () => {
    const service = html`<cookie-service name="video" policy-href=${`javascript:1//${FORGED}`}></cookie-service>`;
    await fixture(html`<cookie-consent><cookie-category name="media">${service}</cookie-category></cookie-consent>`);
    oneLine();
  });

  it('a long value of a configuring element: cut, and what the warning says kept', async () => {
    const href = `javascript:${'x'.repeat(1000)}`;
    const name = 'y'.repeat(1000);
    const service = html`<cookie-service name="video" policy-href=${href}></cookie-service>`;
    await fixture(html`<cookie-consent><cookie-category name="media">${service}</cookie-category><cookie-category name=${name}></cookie-category><cookie-category name=${name}></cookie-category></cookie-consent>`);
    const [link, twice] = warnings.messages;
    expect(warnings.messages).to.have.length(2);
    expect(link).to.match(/^<cookie-consent>: <cookie-service name="video"> policy-href="javascript:x+… \(1011 characters\)" is not valid; using no link\.$/);
    expect(twice).to.match(/^<cookie-consent>: <cookie-category name="y+… \(1000 characters\)"> has the name of another category or service; it is ignored\.$/);
    for (const message of warnings.messages) expect(message.length).to.be.below(400);
  });

  it('a gated script refused by the nonce rule', async () => {
    setScriptNonce('n0nce');
    const root = await fixture<HTMLDivElement>(html`<div><script type="text/plain" data-consent="necessary">x = 1;${FORGED}</script></div>`);
    activateGated(root);
    oneLine();
  });

  it('a data-src that would run script', async () => {
    const root = await fixture<HTMLDivElement>(html`<div><iframe data-consent="necessary" data-src=${`javascript:1//${FORGED}`}></iframe></div>`);
    activateGated(root);
    oneLine();
  });

  it('a Consent Mode type', () => {
    parseConsentTypes(`ad_storage ${FORGED.replace(/ /g, '_')}`);
    expect(warnings.messages.join('')).to.not.match(/[\n\r\u2028\u2029]/);
  });
});
