import type DataLoader from 'dataloader';

// One set of DataLoaders per GraphQL request, created lazily by whichever module needs one, so
// that batching never leaks data between requests and core code knows nothing of the domains.
export class RequestLoaders {
  private readonly loaders = new Map<object, DataLoader<unknown, unknown>>();

  get<K, V>(owner: object, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(owner) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = create();
      this.loaders.set(owner, loader);
    }
    return loader;
  }
}
