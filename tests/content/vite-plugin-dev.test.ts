import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createServer, type ViteDevServer } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { questionBank } from '@/content-loader/vite-plugin';

import { fixturePath } from './helpers';

let server: ViteDevServer | null = null;
let root = '';
afterEach(async () => {
  await server?.close();
  server = null;
  rmSync(root, { recursive: true, force: true });
});

async function devServer() {
  root = mkdtempSync(join(tmpdir(), 'rehearse-dev-'));
  cpSync(fixturePath('guides/list-items.md'), join(root, 'content', 'ai.md'));
  server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [questionBank()],
    server: { port: 0, hmr: { port: 0 } },
  });
  const sent: { type: string; err?: { message: string; loc?: { line: number } } }[] = [];
  const hot = server.environments.client.hot;
  const original = hot.send.bind(hot);
  vi.spyOn(hot, 'send').mockImplementation((payload: unknown) => {
    sent.push(payload as (typeof sent)[number]);
    original(payload as never);
  });
  const index = async () => (await server!.environments.client.transformRequest('virtual:question-bank'))?.code ?? '';
  return { sent, index };
}

describe('the question-bank plugin in vite dev', () => {
  it('shows a broken edit in the error overlay and reloads the app once it is fixed', async () => {
    const { sent, index } = await devServer();
    expect(await index()).toContain('AI Engineer Interview Preparation');

    const file = join(root, 'content', 'ai.md');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('term: "AI Engineer Interview Preparation"', 'term: "AI Engineer" extra'));
    await vi.waitFor(() => expect(sent.map((p) => p.type)).toContain('error'), { timeout: 10_000 });
    const error = sent.find((p) => p.type === 'error')!.err!;
    expect(error.message).toMatch(/content\/ai\.md:2: invalid YAML/);
    await expect(index()).rejects.toThrow(/content\/ai\.md:2/);

    writeFileSync(file, good.replace('AI Engineer Interview Preparation', 'AI Engineer Interview Prep, Revised'));
    await vi.waitFor(() => expect(sent.map((p) => p.type)).toContain('full-reload'), { timeout: 10_000 });
    expect(await index()).toContain('AI Engineer Interview Prep, Revised');
  });
});
