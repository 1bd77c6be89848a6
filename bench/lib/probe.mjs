// The in-page probe, inlined first thing in <head> of every benchmark page (the same code on every
// page; only `findBanner` differs). Everything it records lives in `window.__bench`.
//
// "Painted": every animation frame, the probe looks for the banner and asks whether it is rendered
// and visible (in the viewport, non-zero size, `visibility: visible`, no `display: none` and an
// opacity above 0 along the composed ancestor chain). A rAF callback runs just before the frame's
// style, layout and paint, so the frame in which the banner is first found visible is the frame
// that paints it; a MessageChannel message posted from that callback runs after that frame's
// rendering work, and its `performance.now()` is the time reported (the "after next paint" idiom
// of web-vitals). Element Timing would be more direct, but it ignores shadow trees and needs an
// `elementtiming` attribute that the peers' markup does not have; paint timing only knows FP/FCP.
// "Settled": the first frame from which the banner's opacity is 1 and its box stops moving (after
// any fade or slide-in).

/* eslint-disable */
function probe(findBanner) {
  const B = (window.__bench = {
    painted: null, // performance.now() after the first frame that showed the banner
    paintedFrame: null, // that frame's rAF timestamp
    settled: null,
    everVisible: false,
    visibleFrames: 0,
    frames: 0,
    longtasks: [],
    shifts: [],
    clickAt: null,
    gated: [],
    errors: [],
    domContentLoaded: null,
    load: null,
  });
  const signal = (what) => {
    try {
      window.__benchSignal && window.__benchSignal(what);
    } catch (e) {}
  };
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) B.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask' });
  } catch (e) {
    B.errors.push('longtask observer: ' + e);
  }
  // Long animation frames name the scripts that made a frame long: where a long task came from.
  B.loaf = [];
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries())
        B.loaf.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          styleAndLayoutStart: e.styleAndLayoutStart,
          scripts: e.scripts.map((s) => ({
            src: (s.sourceURL || '').split('/').pop(),
            invoker: s.invoker,
            type: s.invokerType,
            start: s.startTime,
            duration: s.duration,
            compile: s.executionStart - s.startTime,
            forcedLayout: s.forcedStyleAndLayoutDuration,
          })),
        });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch (e) {}
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if (!e.hadRecentInput) B.shifts.push([e.startTime, e.value]);
    }).observe({ type: 'layout-shift', buffered: true });
  } catch (e) {
    B.errors.push('layout-shift observer: ' + e);
  }
  addEventListener('error', (e) => B.errors.push(String(e.message || e)));
  addEventListener('click', () => B.clickAt == null && (B.clickAt = performance.now()), true);
  document.addEventListener('DOMContentLoaded', () => (B.domContentLoaded = performance.now()));
  addEventListener('load', () => (B.load = performance.now()));
  // What every gated piece of code calls (a gated <script>, or a library's consent callback).
  window.__gatedRun = (via) => {
    B.gated.push([performance.now(), via]);
    if (B.gated.length === 1) signal('gated');
  };

  const parentOf = (el) => el.parentElement || (el.getRootNode() && el.getRootNode().host) || null;
  function opacity(el) {
    let o = 1;
    for (let e = el; e; e = parentOf(e)) {
      const cs = getComputedStyle(e);
      if (cs.display === 'none') return 0;
      o *= parseFloat(cs.opacity);
    }
    return o;
  }
  function look() {
    let el = null;
    try {
      el = findBanner();
    } catch (e) {}
    if (!el || !el.isConnected) return null;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1 || r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth)
      return null;
    if (getComputedStyle(el).visibility !== 'visible') return null;
    const o = opacity(el);
    return o > 0 ? { o, box: [r.x, r.y, r.width, r.height].map(Math.round).join() } : null;
  }
  let last = null;
  let lastChange = null;
  let changes = 0;
  function frame(ts) {
    B.frames++;
    const seen = look();
    if (seen) {
      B.everVisible = true;
      B.visibleFrames++;
      if (B.paintedFrame == null) {
        B.paintedFrame = ts;
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          B.painted = performance.now();
          signal('painted');
        };
        ch.port2.postMessage(0);
      }
      const state = seen.o.toFixed(3) + '|' + seen.box;
      if (state !== last) {
        // timed like "painted": after the frame that first shows this state
        last = state;
        const seq = ++changes;
        const ch = new MessageChannel();
        ch.port1.onmessage = () => seq === changes && (lastChange = performance.now());
        ch.port2.postMessage(0);
      } else if (B.settled == null && seen.o >= 0.999 && lastChange != null) {
        B.settled = lastChange; // unchanged for one frame: the state first painted at `lastChange` is final
      }
    } else {
      last = null;
      lastChange = null;
    }
    requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
}

/** The `<script>` that starts the probe, with `findBanner` given as a function expression's source. */
export function probeScript(findBanner) {
  return `<script>(${probe.toString()})(${findBanner});</script>`;
}
