import { testFrameworkApp } from './app-tests.js';

testFrameworkApp('angular', 'Angular');
