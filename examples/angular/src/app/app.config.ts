import { type ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideClientHydration } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { CreditsPage } from './credits-page';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter([
      { path: 'credits', component: CreditsPage },
      { path: '**', redirectTo: 'credits' },
    ]),
    provideClientHydration(),
  ],
};
