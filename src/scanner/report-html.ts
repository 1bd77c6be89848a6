import { NOT_DECLARABLE, quotedNames } from './declarable-name.js';
import { escapeHtml } from './escape-html.js';
import { plain } from './plain.js';
import { describeCause, describeViolation } from './report-terminal.js';
import type { PageReport, ScanReport, Violation, Visit, VisitName } from './types.js';

const STYLE = `
:root { color-scheme: light; font: 16px/1.5 system-ui, sans-serif; color: #1b1b1f; background: #fff; }
body { margin: 0; }
main { max-width: 78rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { margin-top: 0.5rem; }
h2 { margin-top: 2.5rem; padding-top: 1rem; border-top: 2px solid #d0d0d7; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 1.25rem; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid #c4c4cc; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { overflow-wrap: normal; }
thead th { background: #eef0f4; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.85rem; }
pre { background: #f4f5f7; border: 1px solid #d0d0d7; padding: 0.75rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.nowrap { white-space: nowrap; }
.sev { display: inline-block; padding: 0 0.45rem; border-radius: 0.25rem; font-weight: 700; }
.high { background: #9b0a1e; color: #fff; }
.medium { background: #ffd66b; color: #1b1b1f; }
.ok { color: #0b6b2f; font-weight: 600; }
.bad { color: #9b0a1e; font-weight: 600; }
.note { background: #fff6d6; border-left: 4px solid #b58100; padding: 0.4rem 0.75rem; }
details { margin: 0.75rem 0; }
summary { cursor: pointer; font-weight: 600; }
.why { color: #3d3d45; }
`;

const VISIT_WORDS: Record<Violation['visit'], string> = { 'before-decision': 'Before a decision', 'after-reject': 'After Reject all' };
const VISIT_TITLES: Record<VisitName, string> = {
  beforeDecision: 'First-time visitor (no decision)',
  afterReject: 'After Reject all',
  afterAccept: 'After Accept all',
};

/**
 * Text of the report, which holds page data: escaped, and with the characters `plain` replaces
 * shown as "�". Escaping alone keeps a right-to-left override, which reorders the rest of its
 * line as the browser draws it, so a cookie name could make a row read as something else.
 */
const e = (value: string | number) => escapeHtml(plain(value));

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function violationRows(violations: Violation[]): string {
  return violations
    .map((v) => {
      const cause = describeCause(v.cause, v.kind === 'request' ? 'Sent' : v.kind.startsWith('ungated') ? 'Loaded' : 'Set');
      return (
        `<tr><td class="nowrap"><span class="sev ${v.severity}">${v.severity === 'high' ? 'High' : 'Medium'}</span></td>` +
        `<td class="nowrap">${e(VISIT_WORDS[v.visit])}</td><td>${e(describeViolation(v))}</td>` +
        `<td>${cause ? e(cause) : 'Not known'}</td><td>${e(v.fix)}</td></tr>`
      );
    })
    .join('\n');
}

function visitDetails(name: VisitName, visit: Visit, index: number): string {
  const id = `p${index}-${name}`;
  const cookies = visit.cookies.length
    ? `<table><caption>Cookies</caption><thead><tr><th scope="col">Name</th><th scope="col">Domain</th><th scope="col">Party</th><th scope="col">Lifetime</th><th scope="col">Set by</th></tr></thead><tbody>` +
      visit.cookies
        .map((c) => `<tr><td><code>${e(c.name)}</code></td><td>${e(c.domain)}</td><td>${c.party}</td><td>${c.lifetime === 'session' ? 'session' : `${e(c.lifetime)} days`}</td><td>${e(describeCause(c.setBy, 'Set') || 'Not known')}</td></tr>`)
        .join('\n') +
      `</tbody></table>`
    : '<p>No cookies.</p>';
  const storage = (['localStorage', 'sessionStorage'] as const)
    .map((kind) =>
      visit[kind].length
        ? `<p>${kind}: ${visit[kind].map((s) => `<code>${e(s.key)}</code>${s.party === 'third' ? ` (${e(s.origin)})` : ''}`).join(', ')}</p>`
        : `<p>${kind}: none.</p>`,
    )
    .join('\n');
  const requests = visit.requests.length
    ? `<table><caption>Requests to other hosts</caption><thead><tr><th scope="col">URL (no query)</th><th scope="col">Type</th><th scope="col">Sent by</th></tr></thead><tbody>` +
      visit.requests.map((r) => `<tr><td>${e(r.url)}</td><td>${e(r.type)}</td><td>${e(describeCause(r.cause, 'Sent') || 'Not known')}</td></tr>`).join('\n') +
      `</tbody></table>`
    : '<p>No requests to other hosts.</p>';
  const ungated = visit.ungated.length
    ? `<p>Scripts and iframes with no <code>data-consent</code>: ${visit.ungated.map((u) => `${u.tag} <code>${e(u.src)}</code>`).join(', ')}</p>`
    : '<p>Every external script and iframe is gated.</p>';
  return `<h4 id="${id}">${e(VISIT_TITLES[name])}</h4>\n${cookies}\n${storage}\n${requests}\n${ungated}`;
}

function pageSection(page: PageReport, index: number): string {
  const heading = `<h2 id="page-${index}">${e(page.url)}</h2>`;
  if (page.error) return `<section aria-labelledby="page-${index}">${heading}<p class="note">Not scanned: ${e(page.error)}</p></section>`;
  const notes = page.notes.map((note) => `<p class="note">${e(note)}</p>`).join('\n');
  const banner = page.banner ? '<p>The page has a <code>&lt;cookie-consent&gt;</code> banner.</p>' : '';
  const violations = page.violations.length
    ? `<table><caption>${plural(page.violations.length, 'violation')}, most severe first</caption><thead><tr><th scope="col">Severity</th><th scope="col">When</th><th scope="col">What</th><th scope="col">Caused by</th><th scope="col">Fix</th></tr></thead><tbody>\n${violationRows(page.violations)}\n</tbody></table>`
    : page.incomplete
      ? '<p>No violation found in what could be checked (see the note above).</p>'
      : '<p class="ok">No violation: nothing is set or sent before a decision or after Reject all but what is allowed.</p>';
  const shown = new Set<string>();
  const suggestions = page.suggestions.length
    ? `<h3>Markup to declare what Accept all showed</h3>\n<ul>\n` +
      page.suggestions
        .map((s) => {
          const first = !shown.has(s.markup);
          shown.add(s.markup);
          const undeclarable = s.undeclarable.length ? `<p class="note">Not in the markup: <code>${e(quotedNames(s.undeclarable))}</code> ${e(NOT_DECLARABLE)}.</p>` : '';
          const markup = !s.markup
            ? `<p class="why">${e(s.why)}</p>`
            : first
              ? `<pre><code>${s.markup.split('\n').map(e).join('\n')}</code></pre><p class="why">${e(s.why)}</p>`
              : `<p class="why">In the snippet above (category ${e(s.category)}).</p>`;
          return (
            `<li><p><strong>${e(s.host)}</strong> (${s.party === 'first' ? 'this site' : 'third party'})${s.cookies.length ? `: <code>${e(s.cookies.join(' '))}</code>` : ''}</p>` +
            undeclarable +
            markup +
            `</li>`
          );
        })
        .join('\n') +
      `\n</ul>`
    : '';
  const visits = (Object.entries(page.visits) as [VisitName, Visit | null][])
    .filter((entry): entry is [VisitName, Visit] => entry[1] !== null)
    .map(([name, visit]) => visitDetails(name, visit, index))
    .join('\n');
  return (
    `<section aria-labelledby="page-${index}">\n${heading}\n${banner}\n${notes}\n<h3>Violations</h3>\n${violations}\n${suggestions}\n` +
    `<details><summary>What each visit recorded</summary>\n${visits}\n</details>\n</section>`
  );
}

/**
 * The `--html` report: one self-contained page (inline CSS, no script), a table of violations
 * per page, most severe first. Every string from the scanned pages goes through `e`.
 */
export function reportHtml(report: ScanReport): string {
  const { summary } = report;
  const title = `Cookie scan: ${summary.violations ? plural(summary.violations, 'violation') : 'no violation'} on ${plural(summary.pages, 'page')}`;
  const overview =
    `<table><caption>Pages scanned</caption><thead><tr><th scope="col">Page</th><th scope="col">Banner</th><th scope="col">Violations</th><th scope="col">Suggestions</th></tr></thead><tbody>\n` +
    report.pages
      .map(
        (page, i) =>
          `<tr><td><a href="#page-${i}">${e(page.url)}</a></td><td>${page.error ? 'Not scanned' : page.banner ? 'Yes' : page.incomplete ? 'Not known' : 'No'}</td>` +
          `<td>${page.violations.length ? `<span class="bad">${page.violations.length}</span>` : '0'}</td><td>${page.suggestions.length}</td></tr>`,
      )
      .join('\n') +
    `\n</tbody></table>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${e(title)}</h1>
<p>Scanned from ${report.start.map((url) => `<code>${e(url)}</code>`).join(', ')} on ${e(report.startedAt)} with ${e(report.browser)} in ${e((report.durationMs / 1000).toFixed(1))} s.
Each page was visited three times in a fresh profile: as a first-time visitor who does nothing, after Reject all, and after Accept all.
A violation is a cookie, a storage key or a request to another host that is there before a decision or after Reject all, other than the consent record and what the necessary and required categories declare.</p>
${overview}
${report.pages.map(pageSection).join('\n')}
</main>
</body>
</html>
`;
}
