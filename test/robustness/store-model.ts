/**
 * A plain model of what the visitor decided (docs/reference.md, docs/cookie.md), for the API-sequence properties:
 * one answer per category id, written without looking at how the store keeps its record.
 */
import { fc } from './fuzz.js';

export const DECLARABLE = ['analytics', 'marketing', 'functional', 'video'];
/** Ids a call may name: the declarable ones, `necessary`, and some the site never declares. */
export const IDS = ['necessary', ...DECLARABLE, 'undeclared', 'x%;,"', 'ünï'];

export interface Setup {
  mode: 'opt-in' | 'opt-out' | 'notice';
  gpc: boolean;
  storage: 'cookie' | 'local';
  categories: string[];
  required: string[];
}

export const setup: fc.Arbitrary<Setup> = fc
  .record({
    mode: fc.constantFrom('opt-in', 'opt-in', 'opt-out', 'notice'),
    gpc: fc.boolean(),
    storage: fc.constantFrom('cookie', 'cookie', 'local'),
    categories: fc.subarray(DECLARABLE),
  })
  .chain((s) => fc.subarray(s.categories, { maxLength: Math.min(1, s.categories.length) }).map((required) => ({ ...s, required })));

export type Call =
  | { kind: 'acceptAll' | 'rejectAll' | 'reset' | 'reread' }
  | { kind: 'save' | 'grant'; ids: string[] };

export const storeCall: fc.Arbitrary<Call> = fc.oneof(
  fc.constant({ kind: 'acceptAll' as const }),
  fc.constant({ kind: 'rejectAll' as const }),
  fc.subarray(IDS).map((ids) => ({ kind: 'save' as const, ids })),
  fc.subarray(IDS).map((ids) => ({ kind: 'grant' as const, ids })),
  fc.constant({ kind: 'reset' as const }),
  fc.constant({ kind: 'reread' as const }),
);

const SALE_OR_SHARE = ['marketing'];

export class Model {
  /** The visitor's answer per id; absent: never answered (or forgotten by reset). */
  readonly answers = new Map<string, 'granted' | 'denied'>();
  /** Whether a decision is stored. */
  decided = false;
  /** Every id that some call granted (acceptAll: the declared ones). */
  readonly everGranted = new Set<string>();

  constructor(readonly s: Setup) {}

  get declared(): string[] {
    return ['necessary', ...this.s.categories];
  }

  required(id: string): boolean {
    return id === 'necessary' || this.s.required.includes(id);
  }

  saleOrShare(id: string): boolean {
    return SALE_OR_SHARE.includes(id);
  }

  isGranted(id: string): boolean {
    if (this.required(id)) return true;
    const a = this.answers.get(id);
    if (a) return a === 'granted';
    // opt-out: granted until the visitor opts out, unless GPC opted out of sale or sharing
    return this.s.mode === 'opt-out' && !(this.s.gpc && this.saleOrShare(id));
  }

  apply(call: Call | { kind: string }): void {
    const set = (id: string, a: 'granted' | 'denied') => {
      if (!this.required(id)) this.answers.set(id, a);
      if (a === 'granted') this.everGranted.add(id);
    };
    switch (call.kind) {
      case 'acceptAll':
        // everything the page declares, but under GPC not what sells or shares
        for (const id of this.declared) set(id, this.s.gpc && this.saleOrShare(id) && !this.required(id) ? 'denied' : 'granted');
        this.decided = true;
        break;
      case 'rejectAll':
        for (const id of new Set([...this.declared, ...this.answers.keys()])) if (!this.required(id)) set(id, 'denied');
        this.decided = true;
        break;
      case 'save':
        if (!('ids' in call)) break;
        // the listed ones on, the other declared ones off; answers about undeclared ids stay
        for (const id of this.declared) if (!call.ids.includes(id) && !this.required(id)) set(id, 'denied');
        for (const id of call.ids) set(id, 'granted');
        this.decided = true;
        break;
      case 'grant':
        if (!('ids' in call)) break;
        for (const id of call.ids) set(id, 'granted');
        this.decided = true;
        break;
      case 'reset':
        this.answers.clear();
        this.decided = false;
        break;
      case 'reread':
        this.arrive();
        break;
    }
    // a decision under GPC denies what the signal denies, unless it grants it
    const decided = ['acceptAll', 'rejectAll'].includes(call.kind) || (['save', 'grant'].includes(call.kind) && 'ids' in call);
    if (this.s.gpc && decided) {
      for (const id of SALE_OR_SHARE) if (!this.required(id) && this.answers.get(id) !== 'granted') this.answers.set(id, 'denied');
    }
  }

  /** Whether reading the stored decision on arrival would record a GPC denial (docs/reference.md#global-privacy-control). */
  get gpcWouldDeny(): boolean {
    return this.s.gpc && SALE_OR_SHARE.some((id) => !this.required(id) && !this.answers.has(id));
  }

  /** A page (a new store) reads the stored decision: under GPC, sale-or-share not answered is denied. */
  arrive(): void {
    if (!this.gpcWouldDeny) return;
    for (const id of SALE_OR_SHARE) if (!this.answers.has(id) && !this.required(id)) this.answers.set(id, 'denied');
    this.decided = true;
  }
}
