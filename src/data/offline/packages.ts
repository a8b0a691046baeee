/**
 * The offline packages this build publishes ("Descargar el sitio completo"): what `npm run offline`
 * listed in OFFLINE_DIR (default offline/), read once per build. docs/offline.md.
 */
import { resolve } from 'node:path';
import { PUBLISHED_NAMES, readPublished, type Published } from '../../lib/offline-copy/published';
import * as routes from '../../lib/routes/routes';

/** Where `npm run offline` wrote the packages and their list. */
export const packagesDir = resolve(process.env['OFFLINE_DIR'] ?? 'offline');

const found = readPublished(packagesDir);

/** The day the packages were made, or undefined when none is published. */
export const packagesMade: Date | undefined = found ? new Date(`${found.made}T12:00:00Z`) : undefined;

/** Each package with the stable address it is served at. */
export const publishedPackages: (Published & { href: string })[] = (found?.packages ?? []).map((p) => ({ ...p, href: routes.offlinePackage(PUBLISHED_NAMES[p.kind]) }));
