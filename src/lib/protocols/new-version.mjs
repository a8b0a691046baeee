/**
 * A protocol's next version, as a draft: the rules `npm run new:version` (scripts/new-version.mjs)
 * and the editor's "Nueva versión" button (src/lib/editor/admin/backend.js, which loads this very
 * file in the browser as /admin/new-version.js) both follow. Plain JavaScript without imports, so
 * that Node scripts and the browser read it as it is.
 */

/** A version folder's name: "1.0", "2.13". */
export const VERSION_FOLDER = /^\d+\.\d+$/;

/** @param {string} v */
const parse = (v) => v.split('.').map(Number);

/**
 * The version folders of a protocol, oldest first ("1.10" after "1.9"); other names are left out.
 * @param {string[]} names
 */
export const sortVersions = (names) =>
  names.filter((n) => VERSION_FOLDER.test(n)).sort((a, b) => parse(a)[0] - parse(b)[0] || parse(a)[1] - parse(b)[1]);

/**
 * The number after the newest of `versions`: 1.2 → 1.3, or 2.0 when `major`. Undefined when
 * there is no version.
 * @param {string[]} versions
 * @param {boolean} [major]
 */
export function nextVersion(versions, major = false) {
  const newest = sortVersions(versions).at(-1);
  if (!newest) return undefined;
  const [maj, min] = parse(newest);
  return { newest, next: major ? `${maj + 1}.0` : `${maj}.${min + 1}` };
}

/** The one line of changelog a new version starts with, for its editor to replace. */
export const CHANGELOG_PLACEHOLDER = 'Escribe en una línea qué cambia en esta versión.';

/**
 * The Spanish text of the new version, from the newest version's: its number, status
 * "borrador", today's dates and an empty changelog; the text itself unchanged.
 * @param {string} text
 * @param {string} next
 * @param {string} today YYYY-MM-DD
 */
export function draftText(text, next, today) {
  /** @param {string} t @param {string} key @param {string} value */
  const set = (t, key, value) => {
    const line = new RegExp(`^${key}:.*$`, 'm');
    return line.test(t) ? t.replace(line, `${key}: ${value}`) : t.replace(/^---\r?\n/, `---\n${key}: ${value}\n`);
  };
  let out = set(text, 'version', `"${next}"`);
  out = set(out, 'status', 'borrador');
  out = set(out, 'effective', today);
  out = set(out, 'updated', today);
  return set(out, 'changelog', `"${CHANGELOG_PLACEHOLDER}"`);
}

/**
 * Whether a file of the newest version's folder is copied into the new one: everything but the
 * translations (`qu.mdx`…), which are made again from the new Spanish text.
 * @param {string} path
 */
export const copiedToNewVersion = (path) => !/(^|[\\/])(?!es\.)[a-z]{2,3}\.mdx?$/.test(path);
