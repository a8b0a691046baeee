/**
 * `astro:content` outside Astro, for the PDF planner (./pdf-plan-worker.ts): getCollection reads
 * the data store that Astro's content sync has just written (data-store.json in Astro's cache
 * folder, serialized with devalue), the file Astro's own getCollection reads in a build, and
 * returns its entries as Astro does, in the same order. Nothing else of `astro:content` is here:
 * the data modules that make PDF jobs (src/data/) use only getCollection.
 */
import { readFileSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { parse } from 'devalue';

type Entry = Record<string, unknown>;

const file = (workerData as { dataStore?: string } | null)?.dataStore;
if (!file) throw new Error('content-store: start this worker with workerData { dataStore: <path of data-store.json> }');

const store = parse(readFileSync(file, 'utf8')) as Map<string, Map<string, Entry>>;
if (!(store instanceof Map)) throw new Error(`${file}: not an Astro data store (a devalue Map of collections)`);

export async function getCollection(collection: string): Promise<Entry[]> {
  return [...(store.get(collection)?.values() ?? [])].map((entry) => ({ ...entry, collection }));
}
