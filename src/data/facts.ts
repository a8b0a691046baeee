/**
 * The facts registry (content/facts/), read once per build: every fact, in the order of its files,
 * and a lookup by id for hotlines and services, which name facts instead of holding a copy.
 */
import { getCollection } from 'astro:content';
import { factIndex } from '../lib/facts/registry';

const entries = await getCollection('facts');

/** Every fact, in the order of its files. */
export const allFacts = entries.map((e) => e.data);

/** The fact with this id; throws on an unknown one (the content check refuses it first). */
export const fact = factIndex(allFacts);
