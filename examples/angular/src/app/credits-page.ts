import { Component } from '@angular/core';

// The widgets are not in this template: server.ts puts their server-rendered HTML into
// <div id="credits-widgets"> after Angular has rendered the page. The div has no children in
// the template, so Angular's hydration leaves what is inside it alone, and Lit hydrates it.
// (An [innerHTML] binding would be sanitized, which drops <script> and <template> with their
// content, and set again in the browser, where declarative shadow roots stay inert.)
@Component({
  selector: 'app-credits-page',
  template: `
    <main>
      <h1>Credits</h1>
      <div id="credits-widgets"></div>
    </main>
  `,
})
export class CreditsPage {}
