import { testFrameworkApp } from './app-tests.js';

testFrameworkApp('vue', 'Vue 3');
