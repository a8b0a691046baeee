/**
 * `astro:content` outside Astro, for the PDF planner (src/data/pdf-plan/worker.ts): getCollection reads
 * the data store that Astro's content sync has just written (data-store.json in Astro's cache
 * folder, serialized with devalue), the file Astro's own getCollection reads in a build, and
 * returns its entries as Astro does, in the same order. Nothing else of `astro:content` is here:
 * the data modules that make PDF jobs (src/data/) use only getCollection.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { parse } from 'devalue';

type Entry = Record<string, unknown>;

/**
 * The data store's path: given when the thread starts (workerData), or sent once the content is
 * synced, when the thread was started earlier to load its modules meanwhile ({ dataStore }).
 */
const path = (): Promise<string> => {
  const given = (workerData as { dataStore?: string } | null)?.dataStore;
  if (given) return Promise.resolve(given);
  if (!parentPort) return Promise.reject(new Error('content-store: runs in a worker thread started with workerData { dataStore } or sent { dataStore }'));
  const port = parentPort;
  return new Promise((resolve) => port.once('message', (message: { dataStore: string }) => resolve(message.dataStore)));
};

let store: Promise<Map<string, Map<string, Entry>>> | undefined;

async function read(): Promise<Map<string, Map<string, Entry>>> {
  const file = await path();
  const parsed = parse(readFileSync(file, 'utf8')) as unknown;
  if (!(parsed instanceof Map)) throw new Error(`${file}: not an Astro data store (a devalue Map of collections)`);
  return parsed as Map<string, Map<string, Entry>>;
}

export async function getCollection(collection: string): Promise<Entry[]> {
  store ??= read();
  return [...((await store).get(collection)?.values() ?? [])].map((entry) => ({ ...entry, collection }));
}
