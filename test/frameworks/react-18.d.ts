// React 18 under the names of its aliased packages (devDependencies), typed with React 19's types:
// the tests use the API the two versions share (createElement, createRef, createRoot, hydrateRoot,
// renderToString).
declare module 'react-18' {
  import React = require('react');
  export = React;
}
declare module 'react-dom-18/client' {
  export * from 'react-dom/client';
}
declare module 'react-dom-18/server' {
  export * from 'react-dom/server';
}
