/**
 * /descargas/<file>: the offline packages, at the same address from one copy to the next
 * (src/data/offline/packages.ts). None when the deployment has not made them.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedPackages } from '../../data/offline/packages';

export const getStaticPaths = (() =>
  publishedPackages.map((p) => ({ params: { file: p.href.split('/').pop() }, props: { path: p.path } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(readFileSync((props as { path: string }).path));
