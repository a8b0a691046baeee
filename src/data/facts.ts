/**
 * The facts registry (content/facts/), read once per build: every fact, in the order of its files,
 * and a lookup by id for hotlines and services, which name facts instead of holding a copy.
 */
import { getCollection } from 'astro:content';
import { factIndex } from '../lib/facts/registry';

const entries = await getCollection('facts');

/** Every fact, with the registry file it is in ("lineas", "normas"…), in file order. */
export const allFacts = entries.map((e) => ({ ...e.data, file: (e.filePath ?? '').replace(/^.*\//, '').replace(/\.yaml$/, '') }));

export type FactView = (typeof allFacts)[number];

/** The fact with this id; throws on an unknown one (the content check refuses it first). */
export const fact = factIndex(allFacts);
