/** What a first visit to a built page downloads, gzip-compressed: its HTML, stylesheets and scripts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './project.ts';

export function firstLoadGzip(htmlPath: string): { html: number; css: number; js: number; total: number } {
  const html = readFileSync(join(DIST, htmlPath), 'utf8');
  const gz = (b: Buffer) => gzipSync(b).length;
  const local = (href: string) => readFileSync(join(DIST, href.split('?')[0]));
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)]
    .map((m) => gz(local(m[1])))
    .reduce((a, b) => a + b, 0);
  const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => gz(Buffer.from(m[1])));
  const srcs = [...html.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => gz(local(m[1])));
  const js = [...inline, ...srcs].reduce((a, b) => a + b, 0);
  const h = gz(Buffer.from(html));
  return { html: h, css, js, total: h + css + js };
}
