import { mount } from 'svelte';
import 'cookie-consent-element/define.js';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
