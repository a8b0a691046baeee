/** bench/lib/cpu-profile.mjs: `npm run bench -- --profile` sums a build's CPU samples by group. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupOf, groupTimes, packageOf, summarizeProfiles } from '../../bench/lib/cpu-profile.mjs';

const frame = (functionName: string, url = '') => ({ functionName, url });

const profile = {
  nodes: [
    { id: 1, callFrame: frame('(root)') },
    { id: 2, callFrame: frame('getKernPair', 'file:///app/node_modules/pdfkit/js/pdfkit.js') },
    { id: 3, callFrame: frame('CSL.Engine', 'file:///app/node_modules/citeproc/citeproc_commonjs.js') },
    { id: 4, callFrame: frame('formatDate', 'file:///app/dist/.prerender/chunks/format_x.mjs') },
    { id: 5, callFrame: frame('(garbage collector)') },
    { id: 6, callFrame: frame('(idle)') },
    { id: 7, callFrame: frame('tokenize', 'file:///app/node_modules/micromark/lib/parse.js') },
  ],
  samples: [2, 2, 3, 4, 5, 6, 7, 1],
  timeDeltas: [1000, 3000, 2000, 500, 700, 4000, 800, 100],
};

describe('CPU profile groups', () => {
  it('names the package of a sampled function', () => {
    expect(packageOf('file:///a/node_modules/@citation-js/core/lib/index.js')).toBe('@citation-js/core');
    expect(packageOf('file:///a/node_modules/.pnpm/x/node_modules/pdfmake/js/index.js')).toBe('pdfmake');
    expect(packageOf('node:internal/fs/promises')).toBe('node:internal');
    expect(packageOf('file:///a/src/lib/protocols/citations.ts')).toBe('project');
    expect(packageOf('file:///a/node_modules/.cache/alianza/pdf-worker.mjs')).toBe('project');
  });

  it('puts each function in the group a reader can act on', () => {
    expect(groupOf(profile.nodes[1]!.callFrame)).toBe('PDF (pdfmake, pdfkit)');
    expect(groupOf(profile.nodes[2]!.callFrame)).toBe('citations (citeproc)');
    expect(groupOf(profile.nodes[3]!.callFrame)).toBe('site code');
    expect(groupOf(profile.nodes[6]!.callFrame)).toBe('Markdown and MDX');
    expect(groupOf(frame('(program)'))).toBe('Node and the rest');
  });

  it('sums the time of the samples by group, in milliseconds', () => {
    expect(groupTimes(profile)).toEqual({
      'PDF (pdfmake, pdfkit)': 4,
      'citations (citeproc)': 2,
      'site code': 0.5,
      'garbage collection': 0.7,
      'idle (waiting)': 4,
      'Markdown and MDX': 0.8,
      'Node and the rest': 0.1,
    });
  });

  it('tells the main thread from the workers by the file name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpu-profile-'));
    const files = ['CPU.20261128.184755.13448.0.001.cpuprofile', 'CPU.20261128.184817.13448.1.002.cpuprofile', 'CPU.20261128.184817.13448.2.003.cpuprofile'].map((name) => {
      writeFileSync(join(dir, name), JSON.stringify(profile));
      return join(dir, name);
    });
    const summary = summarizeProfiles(files);
    expect(summary.workerThreads).toBe(2);
    expect(summary.main['PDF (pdfmake, pdfkit)']).toBe(4);
    expect(summary.workers['PDF (pdfmake, pdfkit)']).toBe(8);
  });
});
