/**
 * Where the editor writes when it is published with the site instead of run on an office computer:
 * a git host, chosen by environment variables of the build (docs/editing.md, "Publicar con
 * revisión"). Without EDITOR_BACKEND the editor uses the local backend of `npm run edit`.
 *
 * Only public settings go here (the repository, its branch, the host's API and, for Gitea or
 * Forgejo, the OAuth application's public client id); an editor logs in with their own account,
 * so there is never a credential in the repository or in the built site.
 *
 * - github: Decap's GitHub backend with the editorial workflow (each change a branch
 *   `cms/<collection>/<slug>` and a pull request); its login goes through the OAuth server at
 *   EDITOR_AUTH_URL, which the organisation runs (Decap's default is a third party's).
 * - forgejo: Decap's Forgejo backend, editorial workflow as on GitHub.
 * - gitea: Decap 3.16's Gitea backend has no editorial workflow: it commits to EDITOR_BRANCH, which
 *   should then be a working branch (`borradores`) merged into main by a pull request.
 */

export type GitHostName = 'github' | 'gitea' | 'forgejo';

export interface GitHostSettings {
  /** The `backend:` of config.yml. */
  backend: Record<string, string>;
  /** `editorial_workflow` where the backend has it. */
  publishMode?: 'editorial_workflow';
  /** The origins the editor's page must be allowed to reach (its Content-Security-Policy). */
  origins: string[];
}

type Env = Record<string, string | undefined>;

const HOSTS: GitHostName[] = ['github', 'gitea', 'forgejo'];

/** A setting's problem: the variable, what is wrong, and the fix. */
const problem = (variable: string, fix: string) =>
  new Error(`editor backend: ${variable} ${fix} (docs/editing.md, "Publicar con revisión")`);

function httpsUrl(env: Env, variable: string, example: string): string {
  const value = env[variable]?.trim();
  if (!value) throw problem(variable, `is missing: set it, e.g. ${variable}=${example}`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw problem(variable, `is "${value}", not an address: set it like ${example}`);
  }
  if (url.protocol !== 'https:') throw problem(variable, `is "${value}": use https://, e.g. ${example}`);
  return value.replace(/\/$/, '');
}

/** The git host's settings from the build's environment; undefined for the local backend. */
export function gitHostFromEnv(env: Env): GitHostSettings | undefined {
  const name = env['EDITOR_BACKEND']?.trim();
  if (!name || name === 'local') return undefined;
  if (!HOSTS.includes(name as GitHostName)) throw problem('EDITOR_BACKEND', `is "${name}": use one of ${HOSTS.join(', ')}, or leave it unset for npm run edit`);
  const repo = env['EDITOR_REPO']?.trim() ?? '';
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) throw problem('EDITOR_REPO', `is "${repo}": set it to the repository as owner/name, e.g. EDITOR_REPO=alianza-cpc/sitio`);
  const branch = env['EDITOR_BRANCH']?.trim() || 'main';
  const origin = (url: string) => new URL(url).origin;
  if (name === 'github') {
    const apiRoot = env['EDITOR_API_ROOT'] ? httpsUrl(env, 'EDITOR_API_ROOT', 'https://api.github.com') : 'https://api.github.com';
    const authUrl = httpsUrl(env, 'EDITOR_AUTH_URL', 'https://auth.alianza-cpc.example');
    return {
      backend: { name: 'alianza-github', repo, branch, api_root: apiRoot, base_url: authUrl },
      publishMode: 'editorial_workflow',
      origins: [...new Set([origin(apiRoot), origin(authUrl)])],
    };
  }
  const apiRoot = httpsUrl(env, 'EDITOR_API_ROOT', 'https://git.alianza-cpc.example/api/v1');
  const appId = env['EDITOR_APP_ID']?.trim();
  if (!appId) throw problem('EDITOR_APP_ID', `is missing: set it to the client id of the OAuth application made in ${name === 'gitea' ? 'Gitea' : 'Forgejo'} for the editor (public, not a secret)`);
  return {
    backend: { name: `alianza-${name}`, repo, branch, api_root: apiRoot, app_id: appId },
    ...(name === 'forgejo' ? { publishMode: 'editorial_workflow' as const } : {}),
    origins: [origin(apiRoot)],
  };
}
