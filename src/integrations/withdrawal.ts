import type { ConsentChangeEvent } from '../core/consent-change-event.js';
import type { ConsentStore } from '../core/consent-store.js';
import { deleteCookies } from '../core/delete-cookies.js';

/** What a withdrawal does on this site. */
export interface WithdrawalSettings {
  /** The cookies (names, `*` wildcards) of a category or service, deleted when it is withdrawn. */
  readonly cookiesOf: (id: string) => readonly string[];
  /** `cookie-domain`: the cookies are deleted there as well as on this host. */
  readonly domain: string;
  /** `reload-on-revoke`. */
  readonly reload: boolean;
}

/**
 * On a withdrawal: the withdrawn categories' and services' cookies are deleted, and, with
 * `reload-on-revoke`, the page reloads in every tab that hears of it, since scripts that already
 * ran keep running until then. (A GPC override comes before this page ran anything of what it
 * denies: nothing to reload.) A withdrawal heard from another tab or element deletes the cookies
 * this page lists too: the one that decided may not know them (another element sharing the
 * cookie, where the service's id is a category; a page that declares no services).
 */
export function handleWithdrawal(store: ConsentStore, settings: () => WithdrawalSettings): void {
  store.addEventListener('change', (e) => {
    const { changed, cause } = (e as ConsentChangeEvent).detail;
    const withdrawn = changed.filter((id) => !store.isGranted(id));
    if (!withdrawn.length) return;
    const { cookiesOf, domain, reload } = settings();
    deleteCookies(withdrawn.flatMap(cookiesOf), domain, store.cookieName);
    if (reload && cause !== 'gpc') location.reload();
  });
}
