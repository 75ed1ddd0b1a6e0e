// Every demo page starts here: in the static build the mock API first runs in a service worker
// (in `npm start` the dev server answers it), then the library defines the elements.
if (import.meta.env.MODE === 'demo') {
  const { startMockWorker } = await import('./mock-worker.js');
  await startMockWorker();
}
await import('../src/index.js');
export {};
