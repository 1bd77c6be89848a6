// Writes every event of the banner into the page's log, and wires the demo's own buttons.
const log = document.querySelector('.log');
for (const type of ['consent-ready', 'consent-show', 'consent-hide', 'consent-change']) {
  document.addEventListener(type, (e) => {
    const item = document.createElement('li');
    const d = e.detail;
    item.textContent =
      type === 'consent-change'
        ? `${type} cause=${d.cause} granted=[${d.consent?.granted ?? ''}] changed=[${d.changed}]`
        : `${type} ${JSON.stringify(d.consent !== undefined ? { consent: d.consent && d.consent.granted } : d)}`;
    log.prepend(item);
  });
}
document.querySelector('#reset')?.addEventListener('click', () => document.querySelector('cookie-consent').reset());
