import { CUSTOM_ELEMENTS_SCHEMA, Component, ElementRef, afterNextRender, computed, signal, viewChild } from '@angular/core';
import type { ConsentChangeEvent, ConsentRecord, CookieConsentElement } from 'cookie-consent-element';

/** A page with a cookie banner: it shows what the visitor granted and loads analytics only once granted. */
@Component({
  selector: 'app-root',
  // <cookie-consent> is a custom element: Angular lets its properties and events through
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Angular</h1>
      <p>Granted: <output id="granted">{{ granted().join(' ') }}</output></p>
      @if (granted().includes('analytics')) {
        <section id="analytics">Analytics enabled: the statistics script would load now.</section>
      }
      <p>
        <button type="button" id="settings" (click)="banner.showPreferences()">Cookie settings</button>
        <button type="button" id="longer" (click)="days.set(365)">Keep the choice for a year</button>
      </p>
    </main>
    <!-- [days] and [policyHref] set properties; accept-label is an attribute; (consent-change) listens -->
    <cookie-consent
      #banner
      categories="analytics marketing"
      [days]="days()"
      [policyHref]="'/privacy'"
      accept-label="Allow all"
      position="bottom"
      (consent-change)="onConsent($event)"
    ></cookie-consent>
  `,
})
export class App {
  /** The decision in force: what storage held on load, then each change. */
  protected readonly consent = signal<ConsentRecord | null>(null);
  protected readonly days = signal(30);
  protected readonly granted = computed(() => this.consent()?.granted ?? ['necessary']);
  private readonly element = viewChild.required<ElementRef<CookieConsentElement>>('banner');

  constructor() {
    // Angular inserts the element before it adds listeners, so `consent-ready` (fired on insertion)
    // has gone by: ask the element what it read from storage once it rendered.
    afterNextRender(() => this.consent.set(this.element().nativeElement.consent));
  }

  protected onConsent(event: ConsentChangeEvent): void {
    this.consent.set(event.detail.consent);
  }
}
