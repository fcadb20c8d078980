/**
 * The built site in a real browser, for a test file or a describe block: `useBrowser()` serves
 * dist/ and starts Chromium once, before its tests, and stops both after them. Every context it
 * opens carries the privacy trap: a request to any host but the site's is recorded, and fails the
 * test that made it.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launch } from './browser.ts';
import { serveDist } from './server.ts';
import { DIST } from './project.ts';

/** The served site: its address is known once the tests have started. */
export interface ServedSite {
  /** e.g. http://127.0.0.1:41235 (no trailing slash): `site.url + '/cases/'` is a page's address. */
  readonly url: string;
}

export interface BrowserFixture {
  site: ServedSite;
  /** Every request to another host any context of this fixture made (the trap's record). */
  foreign: readonly string[];
  /** A fresh context (a reader with no history) with the trap set; 1280 × 900 unless `options` says otherwise. */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  /** A page at `path` (e.g. "/search/?q=Lee") in a fresh context (see newContext); close it with `page.context().close()`. */
  open: (path: string, options?: BrowserContextOptions) => Promise<Page>;
}

const DEFAULT_VIEWPORT = { width: 1280, height: 900 };

/**
 * Whether a request stays on the site: the site's own origin, a data: address (inside the page
 * itself), or a blob: address the site's own scripts made.
 */
export function staysOnSite(request: string, site: string): boolean {
  return request.startsWith('data:') || new URL(request).origin === new URL(site).origin;
}

/** Registers the hooks that serve `root` (dist/ unless given) and start Chromium; see the module comment. */
export function useBrowser(root = DIST): BrowserFixture {
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  let chromium: Browser | undefined;
  const foreign: string[] = [];
  let reported = 0;

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useBrowser(): the site and the browser start in beforeAll');
    return value;
  };
  const site: ServedSite = {
    get url() {
      return started(server).url;
    },
  };

  beforeAll(async () => {
    server = await serveDist(root);
    chromium = await launch();
  });
  afterEach(() => {
    const made = foreign.slice(reported);
    reported = foreign.length;
    expect(made, 'requests to another host (a reader may be watched)').toEqual([]);
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  const newContext = async (options: BrowserContextOptions = {}): Promise<BrowserContext> => {
    const context = await started(chromium).newContext({ viewport: DEFAULT_VIEWPORT, ...options });
    context.on('request', (r) => {
      if (!staysOnSite(r.url(), site.url)) foreign.push(r.url());
    });
    return context;
  };
  const open = async (path: string, options: BrowserContextOptions = {}): Promise<Page> => {
    const page = await (await newContext(options)).newPage();
    await page.goto(site.url + path);
    return page;
  };

  return {
    site,
    foreign,
    newContext,
    open,
  };
}
