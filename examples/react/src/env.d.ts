// <cookie-consent> in JSX: its props, attributes and events, typed
import type {} from 'cookie-consent-element/react.js';
