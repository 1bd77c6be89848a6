/**
 * Not part of the app: proof at compile time that Angular's template checker types the element
 * and its events (`strictTemplates`). The example build compiles this file alone and fails unless
 * the Angular compiler reports an error on exactly the lines after each `<!-- expect-error -->`
 * comment.
 * (Angular does not type-check property bindings on custom elements, `[days]="…"`: only events
 * and template references are typed.)
 */
import { CUSTOM_ELEMENTS_SCHEMA, Component } from '@angular/core';
import type { ConsentChangeEvent } from 'cookie-consent-element';

@Component({
  selector: 'app-type-checks',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <!-- expect-error: the listener gets a ConsentChangeEvent, not a MouseEvent -->
    <cookie-consent (consent-change)="onClick($event)"></cookie-consent>
    <!-- expect-error: the event's detail has no such field -->
    <cookie-consent (consent-change)="onChange($event.detail.granted)"></cookie-consent>
    <!-- expect-error: the template reference is a CookieConsentElement -->
    <cookie-consent #element (consent-hide)="element.showPreferencez()"></cookie-consent>
    <cookie-consent
      #banner
      [days]="30"
      (consent-change)="onChange($event.detail.changed.length + +banner.isGranted('analytics'))"
      (consent-show)="onView($event.detail.view)"
    ></cookie-consent>
  `,
})
export class TypeChecks {
  protected onClick(event: MouseEvent): number {
    return event.clientX;
  }
  protected onChange(value: number): number {
    return value;
  }
  protected onView(view: 'banner' | 'preferences'): boolean {
    return view === 'banner';
  }
  protected typed(event: ConsentChangeEvent): ConsentChangeEvent {
    return event;
  }
}
