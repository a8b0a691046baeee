/**
 * Site-wide settings read from the environment, in one place.
 * SITE_URL: the public address the site is deployed at (canonical URLs, sitemap, feeds, QR codes).
 * CONTENT_DIR: the folder of content to build (tests and the benchmark point it elsewhere).
 */
import { resolve } from 'node:path';

export const siteUrl = process.env.SITE_URL ?? 'https://alianza-cpc.example';
export const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');

/**
 * Where "Salir rápido" goes: an ordinary, neutral page that works without JavaScript.
 * The link carries rel="noreferrer noopener", and every page says no-referrer, so that site is not
 * told where the reader came from.
 */
export const quickExitUrl = 'https://www.google.com/search?q=clima';
