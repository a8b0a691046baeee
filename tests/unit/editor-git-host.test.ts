/** The editor published with the site writes to a git host chosen by the build's environment. */
import { describe, expect, test } from 'vitest';
import { editorConfig } from '../../src/lib/editor/config';
import { gitHostFromEnv } from '../../src/lib/editor/git-host';
import { editorCsp, EDITOR_CSP } from '../../src/lib/editor/policy.mjs';

const configWith = (env: Record<string, string>) =>
  editorConfig({ contentDir: 'content', listing: { kits: [], listFiles: {} }, proxyUrl: 'http://localhost:8081/api/v1', gitHost: gitHostFromEnv(env) });
const head = (config: ReturnType<typeof configWith>) => ({ backend: config.backend, publish_mode: (config as { publish_mode?: string }).publish_mode });

describe("the editor's backend", () => {
  test('without EDITOR_BACKEND: the local backend of npm run edit, no editorial workflow', () => {
    expect(head(configWith({}))).toEqual({ backend: { name: 'alianza-proxy', proxy_url: 'http://localhost:8081/api/v1' }, publish_mode: undefined });
    expect(gitHostFromEnv({ EDITOR_BACKEND: 'local' })).toBeUndefined();
  });

  test('github: the repository, its branch and the organisation\'s login server, with the editorial workflow', () => {
    const env = { EDITOR_BACKEND: 'github', EDITOR_REPO: 'alianza-cpc/sitio', EDITOR_AUTH_URL: 'https://auth.alianza-cpc.example/' };
    expect(head(configWith(env))).toEqual({
      backend: { name: 'alianza-github', repo: 'alianza-cpc/sitio', branch: 'main', api_root: 'https://api.github.com', base_url: 'https://auth.alianza-cpc.example' },
      publish_mode: 'editorial_workflow',
    });
    expect(gitHostFromEnv(env)!.origins).toEqual(['https://api.github.com', 'https://auth.alianza-cpc.example']);
  });

  test('forgejo: its API and OAuth application, with the editorial workflow', () => {
    const env = { EDITOR_BACKEND: 'forgejo', EDITOR_REPO: 'alianza/sitio', EDITOR_API_ROOT: 'https://git.alianza-cpc.example/api/v1', EDITOR_APP_ID: 'abc-123', EDITOR_BRANCH: 'principal' };
    expect(head(configWith(env))).toEqual({
      backend: { name: 'alianza-forgejo', repo: 'alianza/sitio', branch: 'principal', api_root: 'https://git.alianza-cpc.example/api/v1', app_id: 'abc-123' },
      publish_mode: 'editorial_workflow',
    });
  });

  test('gitea: its API and OAuth application; Decap 3.16 has no editorial workflow for Gitea, so none is set', () => {
    const env = { EDITOR_BACKEND: 'gitea', EDITOR_REPO: 'alianza/sitio', EDITOR_API_ROOT: 'https://gitea.alianza-cpc.example/api/v1', EDITOR_APP_ID: 'xyz', EDITOR_BRANCH: 'borradores' };
    expect(head(configWith(env))).toEqual({
      backend: { name: 'alianza-gitea', repo: 'alianza/sitio', branch: 'borradores', api_root: 'https://gitea.alianza-cpc.example/api/v1', app_id: 'xyz' },
      publish_mode: undefined,
    });
  });

  test("the editor's page may reach the git host and nothing else", () => {
    const origins = gitHostFromEnv({ EDITOR_BACKEND: 'gitea', EDITOR_REPO: 'a/b', EDITOR_API_ROOT: 'https://gitea.example.org/api/v1', EDITOR_APP_ID: 'x' })!.origins;
    expect(editorCsp(origins)).toContain("connect-src 'self' http://localhost:8081 https://gitea.example.org;");
    expect(EDITOR_CSP).toContain("connect-src 'self' http://localhost:8081;");
  });

  test('a wrong setting stops the build naming the variable and the fix', () => {
    expect(() => gitHostFromEnv({ EDITOR_BACKEND: 'gitlab' })).toThrow(/EDITOR_BACKEND is "gitlab": use one of github, gitea, forgejo/);
    expect(() => gitHostFromEnv({ EDITOR_BACKEND: 'github', EDITOR_REPO: 'sitio' })).toThrow(/EDITOR_REPO is "sitio": set it to the repository as owner\/name/);
    expect(() => gitHostFromEnv({ EDITOR_BACKEND: 'github', EDITOR_REPO: 'a/b' })).toThrow(/EDITOR_AUTH_URL is missing/);
    expect(() => gitHostFromEnv({ EDITOR_BACKEND: 'forgejo', EDITOR_REPO: 'a/b', EDITOR_API_ROOT: 'http://git.example.org/api/v1', EDITOR_APP_ID: 'x' })).toThrow(/EDITOR_API_ROOT is "http:\/\/git.example.org\/api\/v1": use https:\/\//);
    expect(() => gitHostFromEnv({ EDITOR_BACKEND: 'gitea', EDITOR_REPO: 'a/b', EDITOR_API_ROOT: 'https://g.example.org/api/v1' })).toThrow(/EDITOR_APP_ID is missing/);
  });
});
