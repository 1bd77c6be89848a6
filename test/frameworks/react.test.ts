import { testFrameworkApp } from './app-tests.js';

testFrameworkApp('react', 'React 19');
