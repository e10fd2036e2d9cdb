// The servers under test, by name. Ours is optional: until the collaboration server exists in
// the built API, it is reported as not available instead of failing the whole run.
import { hocuspocusPeer, reference } from './peers.mjs';

export async function loadServers(names, opts) {
  const all = {
    reference: async () => reference,
    hocuspocus: async () => hocuspocusPeer,
    // The variant the notes propose next to the default: broadcasts not batched per tick.
    'hocuspocus-noflush': async () => ({
      ...hocuspocusPeer,
      name: 'hocuspocus-noflush',
      label: '@hocuspocus/server 4.7.0 flushDelay:false',
      start: (o = {}) => hocuspocusPeer.start({ ...o, env: { HOCUSPOCUS_FLUSH_DELAY: 'false' } }),
    }),
    ours: async () => (await import('./ours.mjs')).oursAdapter(opts),
  };
  const out = [];
  for (const name of names) {
    if (!all[name]) {
      throw new Error(`unknown server "${name}" (known: ${Object.keys(all).join(', ')})`);
    }
    out.push(await all[name]());
  }
  return out;
}
