import adapter from '@sveltejs/adapter-node';

export default {
  kit: {
    adapter: adapter(),
    // The Credits API fixtures shared by the example apps.
    alias: { $shared: '../shared' },
  },
};
