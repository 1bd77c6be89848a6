/**
 * The data the scanner gathers and reports. `--json` writes these shapes as they are (see
 * `docs/scanner.md`); changing one in a way a reader would notice means a new `REPORT_VERSION`.
 */

/** The shape version of the `--json` report. */
export const REPORT_VERSION = 1;

/** The three visits of each page, each in a fresh browser profile. */
export type VisitName = 'beforeDecision' | 'afterReject' | 'afterAccept';

/** Whether something belongs to the page's own host (see `isFirstParty`) or to another one. */
export type Party = 'first' | 'third';

export interface CookieRecord {
  name: string;
  /** As the browser stores it: a leading dot means "and its subdomains". */
  domain: string;
  path: string;
  party: Party;
  /** Days left until it expires, rounded to 0.01; `"session"` when it ends with the browser. */
  lifetime: number | 'session';
  httpOnly: boolean;
  secure: boolean;
  sameSite: string;
  /** What wrote it, where the browser tells (see `Cause`). */
  setBy?: Cause;
}

export interface StorageRecord {
  /** The origin whose storage holds the key: the page's or an iframe's. */
  origin: string;
  party: Party;
  key: string;
  setBy?: Cause;
}

/**
 * What caused a cookie, a storage key or a request:
 * - `script`: an external script (its URL);
 * - `inline-script`: a script written in the page (the page's URL);
 * - `frame`: something inside an iframe (the iframe's URL);
 * - `response`: a `Set-Cookie` header of the response to `url`;
 * - `markup`: an element of the page's HTML (an `<img>`, `<link>`, `<iframe>` …; the page's URL
 *   and the line). A request the browser blames on the HTML parser at the line of an external
 *   `<script src>` is that script's (it ran while the parser waited for it).
 */
export interface Cause {
  kind: 'script' | 'inline-script' | 'frame' | 'response' | 'markup';
  url: string;
  /** For `markup`: the line of the page's HTML the browser names (from 1). */
  line?: number;
}

export interface RequestRecord {
  /** Without query string or fragment: they often carry the identifiers being sent. */
  url: string;
  host: string;
  /** The browser's resource type: `script`, `image`, `xhr`, `fetch`, `document` (an iframe) … */
  type: string;
  cause?: Cause;
}

/** An external script or iframe of the page that no `data-consent` holds back. */
export interface UngatedElement {
  tag: 'script' | 'iframe';
  src: string;
  host: string;
  party: Party;
}

/** An element that carries `data-consent` (a gated one, activated or not). */
export interface GatedElement {
  tag: string;
  /** `src`, or `data-src` while it waits; "" for an inline script. */
  src: string;
  consent: string[];
}

export interface ServiceConfig {
  name: string;
  label: string;
  cookies: string[];
}

export interface CategoryConfig {
  name: string;
  label: string;
  required: boolean;
  cookies: string[];
  services: ServiceConfig[];
}

/** What the page's `<cookie-consent>` and its children declare. */
export interface BannerConfig {
  cookieName: string;
  storage: string;
  mode: string;
  /** `log-endpoint`, absolute, or "". */
  logEndpoint: string;
  categories: CategoryConfig[];
}

export interface Visit {
  /** The decision this visit made: none, or the element's `rejectAll()` / `acceptAll()`. */
  decision: 'none' | 'reject-all' | 'accept-all';
  /** Whether the element recorded the decision (its `consent` is set); `null` when none was asked. */
  decided: boolean | null;
  /** The category and service ids the element granted when the visit was recorded. */
  granted: string[];
  status: number;
  finalUrl: string;
  cookies: CookieRecord[];
  localStorage: StorageRecord[];
  sessionStorage: StorageRecord[];
  /** Requests to other hosts than the page's. */
  requests: RequestRecord[];
  ungated: UngatedElement[];
  gated: GatedElement[];
}

export type Severity = 'high' | 'medium';

export type ViolationKind =
  | 'cookie'
  | 'localStorage'
  | 'sessionStorage'
  | 'request'
  | 'ungated-script'
  | 'ungated-iframe';

export interface Violation {
  severity: Severity;
  kind: ViolationKind;
  /** The cookie or storage key's name, or the URL of the request, script or iframe. */
  name: string;
  /** `before-decision`: a first-time visitor who did nothing; `after-reject`: after Reject all. */
  visit: 'before-decision' | 'after-reject';
  party: Party;
  /** The host the cookie belongs to, or that the request went to. */
  host: string;
  /** A cookie's lifetime in days, or "session". */
  lifetime?: number | 'session';
  cause?: Cause;
  /** The category the fix names; `null` when the scanner could not guess one. */
  category: string | null;
  fix: string;
}

export interface Suggestion {
  /**
   * The host that set the cookies or was contacted; for a well-known service reached on several
   * hosts, the first of them in alphabetical order (`why` names them all, up to three).
   */
  host: string;
  party: Party;
  category: string;
  /** Whether `category` comes from the table of well-known services (else: a placeholder). */
  categoryKnown: boolean;
  service: { name: string; label: string } | null;
  cookies: string[];
  /**
   * Cookies of the host that no `cookies` list can name as they are (`*` is a wildcard there,
   * whitespace separates names): left out of `markup`, listed here to be renamed or judged.
   */
  undeclarable: string[];
  /**
   * `service`: a `<cookie-service>` inside its category; `category`: the category's `cookies`.
   * `markup` is "" when there is nothing to paste: the host's only cookies are `undeclarable`.
   */
  kind: 'service' | 'category';
  markup: string;
  why: string;
}

export interface PageReport {
  url: string;
  /** Whether the page has a `<cookie-consent>` element that became defined. */
  banner: boolean;
  config: BannerConfig | null;
  /** `null` for a visit that was not made (no banner: no decision to make). */
  visits: Record<VisitName, Visit | null>;
  violations: Violation[];
  suggestions: Suggestion[];
  /** Why the page could not be scanned (a link that answered 404, for example). */
  error?: string;
  /** Remarks about the page: no banner, an element that never became defined … */
  notes: string[];
  /**
   * Set when the scanner could not check the page fully: it did not answer in time (`error`
   * says so) or could not be read (`notes` says why). A clean report is then no proof, and the
   * exit status is not 0.
   */
  incomplete?: true;
}

export interface ScanReport {
  version: typeof REPORT_VERSION;
  tool: string;
  startedAt: string;
  durationMs: number;
  browser: string;
  options: { pages: number; idleMs: number };
  start: string[];
  summary: { pages: number; pagesWithViolations: number; violations: number; suggestions: number; pagesWithoutBanner: number; pagesIncomplete: number };
  pages: PageReport[];
}
