import { testFrameworkApp } from './app-tests.js';

testFrameworkApp('svelte', 'Svelte 5');
