// The React component under React 19: see react-wrapper-tests.ts. Imported from the package's own
// module, as an app would, so that `CookieConsent` is the component `./react.js` exports.
import * as React from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { CookieConsent } from '../../src/frameworks/react.js';
import { testReactComponent } from './react-wrapper-tests.js';

testReactComponent('React 19', { React, createRoot, hydrateRoot, renderToString }, CookieConsent);
