// <cookie-consent> in templates: its props, attributes and events, typed for vue-tsc
import type {} from 'cookie-consent-element/vue.js';
