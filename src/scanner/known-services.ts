import { matchesWildcard } from '../internal/wildcard.js';

/**
 * Well-known third parties, to name a category in a fix and a service in a suggestion. A guess
 * for the site owner to confirm, never a verdict: the scanner says "the category it serves" for
 * anything not listed here.
 */
export interface KnownService {
  /** An id for `<cookie-service name>`. */
  name: string;
  label: string;
  category: 'analytics' | 'marketing' | 'functional';
  /** Hosts: the service's own and any subdomain of them. */
  hosts: string[];
  /**
   * Where a host serves several things (www.google.com: search, maps, sign-in …), the part of it
   * that is this service: a host as in `hosts`, then a path prefix that ends at a `/` or at the
   * end of the path (`google.com/maps` is `/maps` and `/maps/…`, never `/mapsearch`). These win
   * over every service's `hosts`. The Google tag (`www.googletagmanager.com/gtag/js`) is Google
   * Analytics' own tag, which collects on google-analytics.com: one service for both, so a site
   * is not told to gate one script on two services, while `gtm.js` there is Tag Manager.
   */
  paths?: string[];
  /** Cookie names it sets on the site's own domain; `*` is a wildcard. */
  cookies: string[];
}

export const KNOWN_SERVICES: readonly KnownService[] = [
  { name: 'google-analytics', label: 'Google Analytics', category: 'analytics', hosts: ['google-analytics.com', 'analytics.google.com'], paths: ['googletagmanager.com/gtag'], cookies: ['_ga', '_ga_*', '_gid', '_gat', '_gat_*', '__utm*'] },
  { name: 'google-tag-manager', label: 'Google Tag Manager', category: 'analytics', hosts: ['googletagmanager.com'], cookies: [] },
  { name: 'google-ads', label: 'Google Ads', category: 'marketing', hosts: ['doubleclick.net', 'googleadservices.com', 'googlesyndication.com', 'googletagservices.com', 'adservice.google.com'], cookies: ['_gcl_*', 'IDE', 'test_cookie', 'DSID'] },
  { name: 'youtube', label: 'YouTube', category: 'marketing', hosts: ['youtube.com', 'youtube-nocookie.com', 'ytimg.com', 'googlevideo.com'], cookies: ['VISITOR_INFO1_LIVE', 'YSC', 'VISITOR_PRIVACY_METADATA'] },
  { name: 'meta-pixel', label: 'Meta Pixel', category: 'marketing', hosts: ['facebook.net', 'facebook.com', 'instagram.com'], cookies: ['_fbp', '_fbc', 'fr'] },
  { name: 'linkedin', label: 'LinkedIn Insight', category: 'marketing', hosts: ['linkedin.com', 'licdn.com'], cookies: ['li_*', 'lidc', 'bcookie', 'UserMatchHistory'] },
  { name: 'x-ads', label: 'X (Twitter) Ads', category: 'marketing', hosts: ['ads-twitter.com', 'twitter.com', 'x.com', 't.co'], cookies: ['_twclid', 'personalization_id', 'muc_ads'] },
  { name: 'tiktok', label: 'TikTok Pixel', category: 'marketing', hosts: ['tiktok.com', 'tiktokcdn.com'], cookies: ['_ttp', '_tt_enable_cookie'] },
  { name: 'pinterest', label: 'Pinterest Tag', category: 'marketing', hosts: ['pinterest.com', 'pinimg.com'], cookies: ['_pin_unauth', '_pinterest_*'] },
  { name: 'microsoft-ads', label: 'Microsoft Advertising', category: 'marketing', hosts: ['bat.bing.com', 'bing.com'], cookies: ['_uetsid', '_uetvid', 'MUID'] },
  { name: 'snapchat', label: 'Snap Pixel', category: 'marketing', hosts: ['sc-static.net', 'snapchat.com'], cookies: ['_scid', '_scid_r'] },
  { name: 'reddit', label: 'Reddit Pixel', category: 'marketing', hosts: ['redditstatic.com', 'reddit.com'], cookies: ['_rdt_uuid'] },
  { name: 'criteo', label: 'Criteo', category: 'marketing', hosts: ['criteo.com', 'criteo.net'], cookies: ['cto_*'] },
  { name: 'taboola', label: 'Taboola', category: 'marketing', hosts: ['taboola.com'], cookies: ['t_gid', 't_pt_gid'] },
  { name: 'outbrain', label: 'Outbrain', category: 'marketing', hosts: ['outbrain.com'], cookies: [] },
  { name: 'xandr', label: 'Xandr', category: 'marketing', hosts: ['adnxs.com'], cookies: [] },
  { name: 'hubspot', label: 'HubSpot', category: 'marketing', hosts: ['hubspot.com', 'hs-scripts.com', 'hs-analytics.net', 'hsforms.com', 'hs-banner.com'], cookies: ['__hs*', 'hubspotutk'] },
  { name: 'vimeo', label: 'Vimeo', category: 'marketing', hosts: ['vimeo.com', 'vimeocdn.com'], cookies: ['vuid'] },
  { name: 'hotjar', label: 'Hotjar', category: 'analytics', hosts: ['hotjar.com', 'hotjar.io'], cookies: ['_hj*'] },
  { name: 'clarity', label: 'Microsoft Clarity', category: 'analytics', hosts: ['clarity.ms'], cookies: ['_clck', '_clsk', 'CLID'] },
  { name: 'matomo', label: 'Matomo', category: 'analytics', hosts: ['matomo.cloud', 'innocraft.cloud'], cookies: ['_pk_*', 'MATOMO_SESSID'] },
  { name: 'plausible', label: 'Plausible', category: 'analytics', hosts: ['plausible.io'], cookies: [] },
  { name: 'segment', label: 'Segment', category: 'analytics', hosts: ['segment.com', 'segment.io'], cookies: ['ajs_*'] },
  { name: 'mixpanel', label: 'Mixpanel', category: 'analytics', hosts: ['mixpanel.com', 'mxpnl.com'], cookies: ['mp_*'] },
  { name: 'amplitude', label: 'Amplitude', category: 'analytics', hosts: ['amplitude.com'], cookies: ['AMP_*', 'amp_*'] },
  { name: 'heap', label: 'Heap', category: 'analytics', hosts: ['heapanalytics.com', 'heap-api.com'], cookies: ['_hp2_*'] },
  { name: 'fullstory', label: 'FullStory', category: 'analytics', hosts: ['fullstory.com'], cookies: ['fs_uid', 'fs_lua'] },
  { name: 'cloudflare-web-analytics', label: 'Cloudflare Web Analytics', category: 'analytics', hosts: ['cloudflareinsights.com'], cookies: [] },
  { name: 'new-relic', label: 'New Relic', category: 'analytics', hosts: ['nr-data.net', 'newrelic.com'], cookies: [] },
  { name: 'intercom', label: 'Intercom', category: 'functional', hosts: ['intercom.io', 'intercomcdn.com'], cookies: ['intercom-*'] },
  { name: 'zendesk', label: 'Zendesk', category: 'functional', hosts: ['zdassets.com', 'zendesk.com'], cookies: ['__zlcmid'] },
  { name: 'crisp', label: 'Crisp', category: 'functional', hosts: ['crisp.chat'], cookies: ['crisp-client*'] },
  { name: 'tawk', label: 'tawk.to', category: 'functional', hosts: ['tawk.to'], cookies: ['TawkConnectionTime', '__tawkuuid'] },
  { name: 'google-maps', label: 'Google Maps', category: 'functional', hosts: ['maps.googleapis.com', 'maps.google.com', 'maps.gstatic.com'], paths: ['google.com/maps'], cookies: [] },
  { name: 'google-fonts', label: 'Google Fonts', category: 'functional', hosts: ['fonts.googleapis.com', 'fonts.gstatic.com'], cookies: [] },
];

/**
 * Whether a cookie or storage name matches a declared pattern (`*` is a wildcard, as in
 * `cookies`). The patterns come from the scanned page too: no regular expression.
 */
export const matchesPattern = matchesWildcard;

/** Whether `host` (lower case) is `known` or one of its subdomains. */
const onHost = (host: string, known: string) => host === known || host.endsWith(`.${known}`);

/**
 * The well-known service a host belongs to, if any, by `hosts` alone: with no path, a host that
 * serves several things (`paths`) is none of them.
 */
export function serviceForHost(host: string): KnownService | undefined {
  const h = host.toLowerCase();
  return KNOWN_SERVICES.find((s) => s.hosts.some((known) => onHost(h, known)));
}

/** Whether `entry` of `paths` (`host/path`) covers this host and path. */
function coversPath(entry: string, host: string, path: string): boolean {
  const slash = entry.indexOf('/');
  const prefix = entry.slice(slash);
  return onHost(host, entry.slice(0, slash)) && (path === prefix || path.startsWith(`${prefix}/`));
}

/**
 * The well-known service a URL belongs to, if any: by host and path prefix first (`paths`), then
 * by host. Only string comparisons: the URL is page data. "" or not a URL: none.
 */
export function serviceForUrl(url: string): KnownService | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase();
  return KNOWN_SERVICES.find((s) => s.paths?.some((entry) => coversPath(entry, host, parsed.pathname))) ?? serviceForHost(host);
}

/** The well-known service that sets a cookie of this name on a site's own domain, if any. */
export function serviceForCookie(name: string): KnownService | undefined {
  return KNOWN_SERVICES.find((s) => s.cookies.some((pattern) => matchesPattern(name, pattern)));
}
