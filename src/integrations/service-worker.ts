/**
 * After the build: writes dist/sw.js, the service worker of offline reading (docs/offline.md).
 * The worker (src/components/offline/sw.ts) is bundled with esbuild, and this build's
 * version and shell files go in front of it, so it knows the hashed stylesheet's name and which
 * caches are old. Runs before the URL registry, which then sees /sw.js like any other file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import * as routes from '../lib/routes/routes';
import { localePaths } from '../lib/routes/urls';
import { shellFiles, versionOf } from '../lib/offline/build';
import { monthForms, type SavedNoticeWords } from '../lib/offline/saved-notice';
import { formatDate } from '../lib/text/format';
import { localeCodes, type Locale } from '../i18n/locales';
import { useStrings } from '../i18n';

/** Each language's "Guardada en este equipo el …", for pages the worker shows from the device. */
export function savedNoticeWords(): Record<string, SavedNoticeWords> {
  const words = (locale: Locale): SavedNoticeWords => {
    const t = useStrings(locale);
    return { dated: t('offline.savedOn'), undated: t('offline.savedUndated'), months: monthForms((date) => formatDate(date, locale)) };
  };
  return Object.fromEntries(localeCodes.map((locale) => [locale, words(locale)]));
}

const WORKER_SOURCE = 'src/components/offline/sw.ts';

/** The worker's code, without this build's data. */
export async function bundleWorker(root: string): Promise<string> {
  const result = await build({
    entryPoints: [join(root, WORKER_SOURCE)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error(`service worker: esbuild wrote nothing for ${WORKER_SOURCE}`);
  return code;
}

export function serviceWorker(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'alianza:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const { files: shell, missing } = shellFiles(dist);
        if (missing.length > 0) logger.warn(`the shell leaves out what this build did not write: ${missing.join(', ')} (SHELL_ROUTES in src/lib/offline/shell.ts)`);
        const code = await bundleWorker(root);
        const version = versionOf(dist, code, shell);
        const header = `// Alianza CPC: offline reading (docs/offline.md). Written by the build.\nconst OFFLINE_BUILD = ${JSON.stringify({ version, shell, paths: localePaths, saved: savedNoticeWords() })};\n`;
        writeFileSync(join(dist, routes.worker), header + code);
        logger.info(`${routes.worker}: version ${version}, ${shell.length} shell files`);
      },
    },
  };
}
