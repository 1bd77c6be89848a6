// A stand-in for a third-party analytics tag, served from this site so that nothing is fetched
// from the internet. Like a real one, it sets a first-party cookie (`_demo_views`: page views
// per page) and, where the page has a `[data-analytics-widget]`, draws what it counted.
// The pages load it only through gated markup, so it runs once `analytics` is granted:
//   <script type="text/plain" data-consent="analytics" data-src="./site/fake-analytics.js"></script>
(() => {
  const NAME = '_demo_views';
  const read = () => {
    const pair = document.cookie.split('; ').find((c) => c.startsWith(`${NAME}=`));
    try {
      return pair ? JSON.parse(decodeURIComponent(pair.slice(NAME.length + 1))) : {};
    } catch {
      return {};
    }
  };
  const views = read();
  const page = location.pathname.split('/').pop() || 'index.html';
  views[page] = (Number(views[page]) || 0) + 1;
  document.cookie = `${NAME}=${encodeURIComponent(JSON.stringify(views))}; path=/; max-age=${182 * 86400}; samesite=lax`;

  // The chart: one bar per page, drawn with DOM calls (page names are shown as text).
  for (const widget of document.querySelectorAll('[data-analytics-widget]')) {
    const heading = document.createElement('p');
    const total = Object.values(views).reduce((a, b) => a + Number(b), 0);
    heading.textContent = `Page views counted in this browser: ${total}`;
    const list = document.createElement('ol');
    const most = Math.max(...Object.values(views).map(Number));
    for (const [name, count] of Object.entries(views).sort((a, b) => b[1] - a[1])) {
      const item = document.createElement('li');
      const label = document.createElement('span');
      const bar = document.createElement('span');
      const value = document.createElement('span');
      label.textContent = name;
      bar.className = 'bar';
      bar.style.width = `${(100 * Number(count)) / most}%`;
      value.textContent = String(count);
      item.append(label, bar, value);
      list.append(item);
    }
    widget.replaceChildren(heading, list);
    widget.dataset.drawn = '';
  }
  window.demoAnalytics = { views };
})();
