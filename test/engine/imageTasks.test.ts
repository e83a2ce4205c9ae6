// The images pane's flows over the real engine and a real registry, through the store as the UI drives
// them: a build streamed into a live view and selected when done; :login (refused, then stored);
// :push with the stored credentials, with progress; --read-only refusing the mutating commands.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../source/docker/client.js';
import { parseEndpoint } from '../../source/docker/endpoint.js';
import type { ActionContext } from '../../source/hooks/actionContext.js';
import { buildWithOutput } from '../../source/hooks/buildTask.js';
import { runColonLine } from '../../source/hooks/colonCommands.js';
import { pushImage } from '../../source/hooks/imageTasks.js';
import { login } from '../../source/hooks/loginTask.js';
import { reducer } from '../../source/store/reducer.js';
import { initialState, type State } from '../../source/store/state.js';
import type { ProgressView, TextView } from '../../source/store/views.js';
import { testDocker, testHost, uniqueName, waitFor } from '../support/docker.js';
import { type Registry, startRegistry } from '../support/registry.js';

const docker = testDocker();
const client = createClient(parseEndpoint(testHost()));
const made: string[] = [];
const dirs: string[] = [];

function context(readOnly = false): ActionContext & { state: () => State } {
  let state = initialState({ readOnly });
  return {
    client,
    getState: () => state,
    state: () => state,
    dispatch: (action) => {
      state = reducer(state, action);
    },
    refresh: () => undefined,
    handOverTerminal: async () => undefined,
    quit: () => undefined,
    switchContext: () => 'no contexts in this test',
    pageSize: 10,
    viewHeight: 20,
  };
}

afterAll(async () => {
  for (const ref of made)
    await docker
      .getImage(ref)
      .remove({ force: true })
      .catch(() => undefined);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('image flows', () => {
  it('streams a build into a live view, then selects the new image in the images list', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'berth-build-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'Dockerfile'), 'FROM berth-test:latest\nRUN seq 1 40\n');
    const tag = `${uniqueName('berth-flow')}:v1`;
    made.push(tag);
    const ctx = context();
    const running = buildWithOutput(ctx, { context: dir, tag });
    const view = () => ctx.state().views.find((v): v is TextView => v.kind === 'text');
    expect(view()?.live).toBe(true);
    const id = await running;
    expect(id).toMatch(/^sha256:/);
    const lines = view()!.lines;
    expect(lines[0]).toBe(`building ${dir} as ${tag}`);
    expect(lines).toContain('Step 2/2 : RUN seq 1 40');
    expect(lines).toContain('40');
    expect(lines[lines.length - 1]).toMatch(/^✓ built [0-9a-f]{12}, tagged /);
    expect(view()!.live).toBe(false);
    // it follows the end: the last lines are in view
    expect(view()!.top).toBe(Math.max(0, lines.length - (ctx.viewHeight - 1)));
    expect(ctx.state().pane).toBe('images');
    expect(ctx.state().lists.images.selectedId).toBe(tag);
  });

  it('--read-only refuses pull, push, build, login and prune on the command line', () => {
    const ctx = context(true);
    for (const line of ['pull busybox', 'push x:1', 'build . -t x', 'login', 'image-prune']) {
      expect(runColonLine(line, ctx)).toMatch(/^read-only/);
    }
    expect(ctx.state().views).toHaveLength(0);
  });
});

describe('login and push through the UI flows', () => {
  let registry: Registry;
  let configDir: string;
  const saved = process.env.DOCKER_CONFIG;
  beforeAll(async () => {
    registry = await startRegistry();
    configDir = mkdtempSync(join(tmpdir(), 'berth-login-'));
    process.env.DOCKER_CONFIG = configDir;
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.DOCKER_CONFIG;
    else process.env.DOCKER_CONFIG = saved;
    rmSync(configDir, { recursive: true, force: true });
    await registry.stop();
  });

  it('reopens the login form on a wrong password, stores the credentials on a right one, and pushes with them', async () => {
    const ctx = context();
    expect(runColonLine(`login ${registry.address}`, ctx)).toBeUndefined();
    const form = ctx.state().dialog;
    expect(form).toMatchObject({ kind: 'form', title: `Log in to ${registry.address}` });
    expect(form?.kind === 'form' && form.fields[1]).toMatchObject({ id: 'password', secret: true });
    ctx.dispatch({ type: 'dialog/close' });

    expect(await login(ctx, registry.address, registry.user, 'wrong')).toBe(false);
    const again = ctx.state().dialog;
    expect(again?.kind === 'form' && again.error).toMatch(/unauthorized|incorrect|authentication/i);
    expect(again?.kind === 'form' && again.fields[0]!.value).toBe(registry.user);
    expect(existsSync(join(configDir, 'config.json'))).toBe(false);
    ctx.dispatch({ type: 'dialog/close' });

    expect(await login(ctx, registry.address, registry.user, registry.password)).toBe(true);
    expect(ctx.state().status?.text).toContain(`logged in to ${registry.address} as ${registry.user}`);
    const config = JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8'));
    expect(config.auths[registry.address].auth).toBe(
      Buffer.from(`${registry.user}:${registry.password}`).toString('base64'),
    );

    const ref = `${registry.address}/berth/${uniqueName('flow-push')}:v1`;
    made.push(ref);
    const base = (await client.listImages()).find((i) => i.repoTags.includes('berth-test:latest'))!;
    await client.tagImage(base.id, ref);
    expect(await pushImage(ctx, ref)).toBe(true);
    const progress = ctx.state().views.find((v): v is ProgressView => v.kind === 'progress');
    expect(progress?.title).toBe(`push ${ref}`);
    expect(progress?.progress.error).toBeUndefined();
    expect(progress?.progress.layers.every((l) => /^(Pushed|Layer already exists)$/.test(l.status))).toBe(
      true,
    );
    expect(ctx.state().status?.text).toBe(`pushed ${ref}`);
    await waitFor(async () => (await docker.getImage(ref).inspect()).RepoTags.includes(ref));
  });
});
