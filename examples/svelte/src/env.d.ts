// <cookie-consent> in templates: its props, attributes and events, typed for svelte-check
import type {} from 'cookie-consent-element/svelte.js';
