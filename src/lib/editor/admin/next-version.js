// "Nueva versión": a published protocol version is read-only in the editor; its page shows a
// button (the `nueva-version` widget) that copies the protocol's newest version to the next
// number as a draft, writing through the editor's own backend (decap-server, or a git host's
// pull request) the same Spanish file `npm run new:version` writes. The rules (which number comes
// next, what the draft says) are src/lib/protocols/new-version.mjs, passed in as `rules`: the
// browser loads it as /admin/new-version.js, the unit tests import it.

/** The widget's name in config.yml (src/lib/editor/config.ts). */
export const NEW_VERSION_WIDGET = 'nueva-version';

/**
 * The protocol a version's file belongs to, from Decap's path of the entry (`…/x/1.1.mdx`), of one
 * of its languages (`…/x/1.1.es.mdx`) or the site's (`…/x/1.1/es.mdx`); undefined for any other file.
 */
export function protocolOf(path) {
  const match = /^(.*\/([^/]+))\/(\d+\.\d+)(?:\/[a-z]{2,3}\.mdx|\.(?:[a-z]{2,3}\.)?mdx)$/.exec(path);
  return match ? { folder: match[1], protocol: match[2], version: match[3] } : undefined;
}

/**
 * Writes the next version of the protocol whose version file is `path`, as a draft, through
 * `inner` (one of Decap's backends, with the site's paths). `source` is the default language.
 * Returns the protocol, the version copied and the new one.
 */
export async function createNextVersion(inner, path, rules, { source, today, useWorkflow = false }) {
  const found = protocolOf(path);
  if (!found) throw new Error(`"${path}" is not the file of a protocol version (content/protocols/<nombre>/<versión>/es.mdx)`);
  const entries = await inner.entriesByFolder(found.folder, 'mdx', 2);
  const versions = [...new Set(entries.map((e) => /\/(\d+\.\d+)\/[^/]+$/.exec(e.file.path)?.[1]).filter(Boolean))];
  const numbers = rules.nextVersion(versions);
  if (!numbers) throw new Error(`${found.folder}/ no tiene ninguna versión que copiar.`);
  const { newest, next } = numbers;
  const from = `${found.folder}/${newest}/${source}.mdx`;
  const original = entries.find((e) => e.file.path === from) ?? (await inner.getEntry(from));
  const target = `${found.folder}/${next}/${source}.mdx`;
  await inner.persistEntry(
    { dataFiles: [{ path: target, slug: `${found.protocol}/${next}`, raw: rules.draftText(original.data, next, today) }], assets: [] },
    {
      newEntry: true,
      collectionName: 'protocols',
      commitMessage: `Protocolo ${found.protocol}: versión ${next} (borrador, copia de la ${newest})`,
      useWorkflow,
      status: 'draft',
      unpublished: false,
    },
  );
  return { protocol: found.protocol, newest, next, path: target };
}

/**
 * The widget: a button on a published version's page. `backend()` gives the backend and the
 * configuration in use; `h` and `createClass` are Decap's own (React).
 */
export function newVersionControl({ h, createClass, backend, rules }) {
  return createClass({
    getInitialState: () => ({ busy: false, message: '' }),
    async create() {
      const { inner, config } = backend();
      const path = this.props.entry?.get?.('path') ?? '';
      this.setState({ busy: true, message: 'Creando la versión nueva…' });
      try {
        const made = await createNextVersion(inner, path, rules, {
          source: config.i18n?.default_locale,
          today: new Date().toISOString().slice(0, 10),
          useWorkflow: config.publish_mode === 'editorial_workflow',
        });
        this.setState({ busy: false, message: `Versión ${made.next} creada como borrador (copia de la ${made.newest}).` });
        globalThis.location.hash = `#/collections/protocols/entries/${made.protocol}/${made.next}`;
      } catch (error) {
        this.setState({ busy: false, message: `No se pudo crear la versión nueva: ${error?.message ?? error}` });
      }
    },
    render() {
      return h(
        'div',
        { className: this.props.classNameWrapper },
        h('p', null, 'Esta versión está publicada y no se cambia. Para cambiar el protocolo, crea la versión siguiente: una copia de la versión más reciente, como borrador, que luego editas en «Protocolos: borradores».'),
        h('button', { type: 'button', disabled: this.state.busy, onClick: () => this.create() }, 'Crear la versión siguiente (borrador)'),
        h('p', { role: 'status' }, this.state.message),
      );
    },
  });
}
