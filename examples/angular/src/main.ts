// In the browser only (main.server.ts does not import it). Lit's hydration support is already
// installed: src/polyfills.ts runs before this file.
import 'credits-widgets';
import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';

bootstrapApplication(App, appConfig).catch((error) => console.error(error));
