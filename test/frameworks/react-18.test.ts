// The React component under React 18 (the devDependencies `react-18` and `react-dom-18`, aliases of
// React 18's packages): see react-wrapper-tests.ts. The component is made for React 18 by the
// same function `./react.js` calls with the app's React.
import * as React from 'react-18';
import { createRoot, hydrateRoot } from 'react-dom-18/client';
import { renderToString } from 'react-dom-18/server';
import { testReactComponent } from './react-wrapper-tests.js';

testReactComponent('React 18', { React, createRoot, hydrateRoot, renderToString });
