import { createApp } from 'vue';
import 'cookie-consent-element/define.js';
import App from './App.vue';

createApp(App).mount('#app');
