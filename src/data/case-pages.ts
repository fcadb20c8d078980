/**
 * What a case's two pages show: the case file (/cases/<id>/) and its dossier to print
 * (/cases/<id>/dossier/). Each is made whole here, so that its template only presents it.
 */
import type { Archive, CaseEntry } from './archive.ts';
import { caseView } from './cases.ts';
import { caseSearch, type SearchAttributes } from './search-index.ts';
import { caseEvents } from './timeline.ts';
import { correctionsOf, type Correction } from './corrections.ts';
import {
  caseHistory,
  caseRecord,
  caseCitations,
  caseMeta,
  caseJsonLd,
  caseEvidence,
  DEFAULT_STYLE,
  type CaseHistory,
  type MetaTag,
} from './citing.ts';
import type { CslItem, FormattedCitation } from '../lib/cite.ts';
import type { TimelineEvent } from '../lib/timeline.ts';
import { countOf } from '../lib/count-words.ts';

/** The case file and what every view of it shares: its facts, events and how it stands as of its last change. */
interface CaseFileParts {
  /** The case file itself: its narrative is rendered from it. */
  entry: CaseEntry;
  /** The fact box. */
  facts: ReturnType<typeof caseView>;
  events: TimelineEvent[];
  history: CaseHistory;
  /** The case file's permanent address, as its citations give it. */
  url: string;
  /** The case file's citation in every style, and in the default one (for the printed header). */
  citations: FormattedCitation[];
  citation: FormattedCitation;
}

async function caseFileParts(
  archive: Archive,
  id: string,
  site: URL,
): Promise<{ parts: CaseFileParts; record: CslItem }> {
  const entry = archive.cases.find((c) => c.id === id)!;
  const history = await caseHistory(archive, entry);
  const record = caseRecord(entry, history, site);
  const citations = caseCitations(record);
  const parts = {
    entry,
    facts: caseView(archive, entry),
    events: caseEvents(archive, entry),
    history,
    url: record.URL,
    citations,
    citation: citations.find((x) => x.style.id === DEFAULT_STYLE)!,
  };
  return { parts, record };
}

/** The case page (/cases/<id>/). */
export interface CasePageView extends CaseFileParts {
  search: SearchAttributes;
  corrections: Correction[];
  meta: MetaTag[];
  jsonLd: object;
}

/** The case page of the case `id`, its addresses under `site`. */
export async function casePageView(archive: Archive, id: string, site: URL): Promise<CasePageView> {
  const { parts, record } = await caseFileParts(archive, id, site);
  const { entry, history } = parts;
  return {
    ...parts,
    search: caseSearch(archive, entry),
    corrections: await correctionsOf(archive, `cases/${entry.id}`),
    meta: caseMeta(entry, record, history),
    jsonLd: caseJsonLd(archive, entry, record, history, site),
  };
}

/** The dossier of a case (/cases/<id>/dossier/): the case file, then every passage it cites in full. */
export interface CaseDossierView extends CaseFileParts {
  evidence: ReturnType<typeof caseEvidence>;
  /** What the dossier holds, in words: "the 3 source passages", "one source document". */
  passages: string;
  documents: string;
  /** Does any cited passage refer to a footnote of its source? */
  withNotes: boolean;
}

/** The dossier of the case `id`, its addresses under `site`. */
export async function caseDossierView(archive: Archive, id: string, site: URL): Promise<CaseDossierView> {
  const { parts } = await caseFileParts(archive, id, site);
  const evidence = caseEvidence(archive, parts.entry, site);
  const count = evidence.reduce((n, d) => n + d.passages.length, 0);
  return {
    ...parts,
    evidence,
    passages: count === 1 ? 'the one source passage' : `the ${countOf(count, 'source passage', 'source passages')}`,
    documents:
      evidence.length === 1 ? 'one source document' : countOf(evidence.length, 'source document', 'source documents'),
    withNotes: evidence.some((d) => d.passages.some((p) => p.notes.length > 0)),
  };
}
