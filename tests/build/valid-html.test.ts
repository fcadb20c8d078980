/**
 * Every page is valid HTML by the W3C Nu Html Checker (npm vnu-jar, run with Java), served over
 * HTTP as a host serves it: no error and no warning. One checker run over all pages.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { builtPages } from '../support/project.ts';
import { serveDist } from '../support/server.ts';

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

type Message = { type: string; subType?: string; url: string; message: string; lastLine?: number; extract?: string };

describe('valid HTML on every page (W3C Nu Html Checker)', () => {
  let server: Awaited<ReturnType<typeof serveDist>>;
  let pages: string[];
  let messages: Message[] = [];
  let run: { status: number | null; stderr: string };
  beforeAll(async () => {
    server = await serveDist();
    pages = builtPages().map(([p]) => `${server.url}/${p.replace(/index\.html$/, '')}`);
    // The server answers in this process, so the checker runs asynchronously beside it.
    const { spawn } = await import('node:child_process');
    const out = await new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
      const child = spawn('java', [
        '-Xss2m',
        '-Dnu.validator.servlet.allow-forbidden-hosts=true',
        '-Dnu.validator.servlet.allowed-address-type=all',
        '-jar',
        vnuJar,
        '--format',
        'json',
        ...pages,
      ]);
      let stdout = '',
        stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('exit', (status) => done({ status, stdout, stderr }));
    });
    run = out;
    // vnu writes its JSON report to stderr.
    messages = (JSON.parse(out.stderr || out.stdout || '{"messages":[]}') as { messages: Message[] }).messages;
  }, 600_000);
  afterAll(() => server?.close());

  it('checks every page', () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(spawnSync('java', ['-version']).status).toBe(0);
  });

  it('reports no error and no warning', () => {
    // 'info' messages without the subtype 'warning' are remarks, not problems (e.g. a trailing slash on a void element).
    const found = messages
      .filter((m) => m.type !== 'info' || m.subType === 'warning')
      .map(
        (m) =>
          `${m.url.replace(server.url, '')}${m.lastLine ? `:${m.lastLine}` : ''} ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message} ${m.extract ? `[${m.extract.trim().slice(0, 80)}]` : ''}`,
      );
    expect(found.slice(0, 50), `${found.length} messages`).toEqual([]);
    expect(run.status).toBe(0);
  });
});
