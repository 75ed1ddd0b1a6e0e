import node from '@astrojs/node';
import { defineConfig } from 'astro/config';

export default defineConfig({
  // Pages render per request (each with its user's credits).
  output: 'server',
  adapter: node({ mode: 'standalone' }),
});
