/**
 * Every address of the archive, and only here. Each function returns an address as a link
 * carries it: from the site's root, with the base the archive is served under (Astro's `base`,
 * e.g. https://example.org/archive/), so that `routes.case('tsoy-li')` is '/archive/cases/tsoy-li/'
 * under /archive/ and '/cases/tsoy-li/' at the root. Published addresses never change: a reader
 * who cited one must find the same page there, so a route is changed here or nowhere.
 * Pure, so that the pages, the data layer and the Markdown plugins (which are given the base:
 * createRoutes) build addresses the same way.
 */

/** What a case list is narrowed to: /cases/<facet>/<id>/. */
export type CaseFacet = 'status' | 'act' | 'decade' | 'source' | 'place' | 'person' | 'organization';
/** What a timeline is narrowed to: /timeline/<filter>/<id>/. */
export type TimelineFilter = 'place' | 'case' | 'kind';
/** The three kinds of entity with pages of their own, as their folders are named. */
export type EntityFolder = 'places' | 'people' | 'organizations';

/** The record page's segment for the acts whose source names no perpetrator: /record/not-named/. */
export const NOT_NAMED = 'not-named';

/** The base the build serves the archive under (Vite's BASE_URL; "/" outside Astro). */
const BUILD_BASE: string = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';

/** The routes of an archive served under `base` ("/" or e.g. "/archive/"). */
export function createRoutes(base: string) {
  const root = base.endsWith('/') ? base.slice(0, -1) : base;
  /** A path from the site's root ("/cases/"), under the base. */
  const at = (path: string) => `${root}${path}`;
  /** An address with a fragment (a passage, a heading, an entry), if one is given. */
  const to = (address: string, fragment?: string) => (fragment ? `${address}#${fragment}` : address);
  const entity = (folder: EntityFolder, id: string) => at(`/${folder}/${id}/`);

  return {
    /** The home page. */
    home: () => at('/'),
    /** The page a server shows for an address with no page. */
    notFound: () => at('/404.html'),
    /**
     * An address written in the content from the site's root ("/cases/old-name/", in
     * content/redirects.yaml), under the base. For addresses the archive builds, use the
     * named routes below.
     */
    fromRoot(path: string): string {
      if (!path.startsWith('/')) throw new Error(`an address from the site's root starts with "/", got "${path}"`);
      return at(path);
    },

    /** A case file's page. */
    case: (id: string) => at(`/cases/${id}/`),
    /** A case file with the full text of every passage it cites, for print. */
    caseDossier: (id: string) => at(`/cases/${id}/dossier/`),
    /** A case's citation as a file: "ris", "bib", "json" (/cases/<id>/<id>.ris). */
    caseFile: (id: string, ext: string) => at(`/cases/${id}/${id}.${ext}`),
    /** The list of all cases, or of the cases of one status, act, decade, source, place, person or organization. */
    caseList: (facet?: CaseFacet, id?: string) => at(facet && id ? `/cases/${facet}/${id}/` : '/cases/'),

    /** The list of documents. */
    documents: () => at('/documents/'),
    /** A document's reading page, or one passage (section or paragraph) of it. */
    document: (id: string, passage?: string) => to(at(`/documents/${id}/`), passage),
    /** The citations of a document and of each of its sections and paragraphs. */
    documentCite: (id: string) => at(`/documents/${id}/cite/`),
    /** The paragraphs of a document that case files cite; `passage` is one paragraph's entry there. */
    documentCited: (id: string, passage?: string) =>
      to(at(`/documents/${id}/cited/`), passage && `cited-by-${passage}`),
    /** The whole list of the cases citing one paragraph (first page). */
    paragraphCited: (id: string, passage: string) => at(`/documents/${id}/cited/${passage}/`),
    /** A document as a file: "txt", "ris", "bib", "json" (/documents/<id>/<id>.txt). */
    documentFile: (id: string, ext: string) => at(`/documents/${id}/${id}.${ext}`),

    /** The list of places, people or organizations. */
    entities: (folder: EntityFolder) => at(`/${folder}/`),
    /** The page of a place, person or organization. */
    entity,
    place: (id: string) => entity('places', id),
    person: (id: string) => entity('people', id),
    organization: (id: string) => entity('organizations', id),

    /** The record in numbers; `section` is one of its headings ("by-perpetrator", "attribution-reported"). */
    record: (section?: string) => to(at('/record/'), section),
    /** The acts of one decade, or (NOT_NAMED) those whose source names no perpetrator. */
    recordGroup: (group: string) => at(`/record/${group}/`),
    /** The events recording one act whose source names no perpetrator. */
    notNamedAct: (act: string) => at(`/record/${NOT_NAMED}/${act}/`),
    /** The list of acts, or one act's page. */
    acts: () => at('/acts/'),
    act: (id: string) => at(`/acts/${id}/`),
    /** The events of one decade recording one act. */
    actDecade: (act: string, decade: string) => at(`/acts/${act}/${decade}/`),
    /** The list of perpetrators, or one perpetrator's page. */
    perpetrators: () => at('/perpetrators/'),
    perpetrator: (id: string) => at(`/perpetrators/${id}/`),
    /** The events in which a source says that one perpetrator committed one act. */
    perpetratorAct: (perpetrator: string, act: string) => at(`/perpetrators/${perpetrator}/${act}/`),

    /** The timeline of the whole record, or of one place, case or kind of event. */
    timeline: (filter?: TimelineFilter, id?: string) => at(filter && id ? `/timeline/${filter}/${id}/` : '/timeline/'),
    /** The timeline of one decade ("1990s"). */
    timelineDecade: (decade: string) => at(`/timeline/${decade}/`),
    /** The map of every place. */
    map: () => at('/map/'),

    /** The A–Z index, or one of its shelves ("t", "cyrillic", "other"). */
    nameIndex: (shelf?: string) => at(shelf ? `/index/${shelf}/` : '/index/'),
    /** The search page. */
    search: () => at('/search/'),

    /** The data page; `section` is one file's heading there. */
    data: (section?: string) => to(at('/data/'), section),
    /** One data file ("cases.json", "events.csv"). */
    dataFile: (name: string) => at(`/data/${name}`),
    /** The about page; `section` is one of its headings ("who", "reuse"). */
    about: (section?: string) => to(at('/about/'), section),
    /** The list of corrections; `entry` is one correction's id. */
    corrections: (entry?: string) => to(at('/corrections/'), entry),
    /** The Atom feed of the case files. */
    feed: () => at('/feed.xml'),
    favicon: () => at('/favicon.svg'),

    /** Page `n` of a list whose first page is `list`: page 1 is the list itself, page n is `<list>page/<n>/`. */
    page(list: string, n: number): string {
      if (!list.endsWith('/')) throw new Error(`a list's address ends in "/", got "${list}"`);
      return n <= 1 ? list : `${list}page/${n}/`;
    },

    /**
     * The value of a page's rest parameter (`[...rest]`) in its getStaticPaths: the part of
     * `address` after the folder `folder` holding the page, both made by the routes above, so
     * that a page is generated where its links lead. Undefined for the folder's own page.
     */
    rest(address: string, folder: string): string | undefined {
      if (!address.startsWith(folder) || !address.endsWith('/'))
        throw new Error(`"${address}" is not a page under "${folder}"`);
      return address.slice(folder.length, -1) || undefined;
    },
  };
}

export type Routes = ReturnType<typeof createRoutes>;

/** The routes of this build. */
export const routes: Routes = createRoutes(BUILD_BASE);

/**
 * The full address of a place on the page it is on, for a link to it: on screen the link is the
 * fragment alone (href="#id", the page is not loaded again); on paper, where a fragment leads
 * nowhere, this address is printed after it from its data-url (the print layer of site.css).
 * `page` is the page's own address (Astro.url, its path with the base), `site` the archive's.
 */
export function addressInPage(page: URL, site: URL | string | undefined, id: string): string {
  return new URL(`${page.pathname}#${id}`, site).href;
}
