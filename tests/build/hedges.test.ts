/**
 * Hedges: what a source only reports, claims or believes is not shown as fact. A case's title,
 * its descriptions of people no source names, its summary and its status keep the hedge of the
 * source sentence they rest on (“reportedly”, “claimed”, “said to”, “apparently”, “told Amnesty
 * International that”, “as far as Amnesty International is aware”), never a firmer one (“said”
 * for “claimed”, “the only” for “as far as … aware”). Read from the content files and the
 * documents' own passages (tests/support/hedges.ts).
 */
import { describe, it, expect } from 'vitest';
import { readCases, type CaseFile } from '../support/content.ts';
import {
  citedSentences,
  statusSentences,
  droppedHedge,
  droppedAwareness,
  firmStatusProblem,
} from '../support/hedges.ts';

const cases = readCases();

/** The texts that state a case: a descriptive title (a name is a name), its descriptions, its summary. */
const targets = (c: CaseFile): { field: string; text: string; kind: 'title' | 'description' | 'summary' }[] => [
  ...(c.data.names?.length ? [] : [{ field: 'title', text: String(c.data.title), kind: 'title' as const }]),
  ...(c.data.descriptions ?? []).map((d: { label: string }) => ({
    field: 'description',
    text: d.label,
    kind: 'description' as const,
  })),
  { field: 'summary', text: String(c.data.summary), kind: 'summary' as const },
];
function textProblems(c: CaseFile): string[] {
  const sentences = citedSentences(c);
  return targets(c).flatMap(({ field, text, kind }) => {
    const p = droppedHedge(text, sentences, kind) ?? droppedAwareness(text, sentences);
    return p ? [`${c.id} (${field}): ${p}`] : [];
  });
}

describe('hedges are kept in titles, descriptions, summaries and statuses', () => {
  it('a title, description or summary does not state as fact what its source only reports, claims or believes', () => {
    expect(cases.flatMap(textProblems)).toEqual([]);
  });

  it('a status is a “reported” one where every source sentence about it hedges', () => {
    const problems = cases.flatMap((c) => {
      const p = firmStatusProblem(c.data.status, statusSentences(c));
      return p ? [`${c.id}: ${p}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('the rules catch what they are for, and let the hedged wording be', () => {
    const s = [
      'Another North Korean refugee reportedly cut open his stomach, trying to commit suicide after having been apprehended by the North Korean PSS.',
    ];
    expect(droppedHedge('North Korean refugee who cut open his stomach', s)).toMatch(/reportedly/);
    expect(droppedHedge('North Korean refugee who reportedly cut open his stomach', s)).toBeNull();

    const claims = [
      'One North Korean refugee claims to have been beaten up by people he believed to be related to the North Korean PSS.',
    ];
    expect(
      droppedHedge('North Korean refugee who said he was beaten up by people he believed linked to the PSS', claims),
    ).toMatch(/claimed/);
    expect(
      droppedHedge(
        'North Korean refugee who claims to have been beaten up by people he believed related to the PSS',
        claims,
      ),
    ).toBeNull();

    const claimed = [
      'Another refugee claimed the North Korean PSS threatened him saying that “you will be free when we have killed you”.',
    ];
    expect(
      droppedHedge(
        'North Korean refugee who said the PSS threatened him: “you will be free when we have killed you”',
        claimed,
      ),
    ).toMatch(/claimed/);
    expect(
      droppedHedge(
        'North Korean refugee who claimed the PSS threatened him: “you will be free when we have killed you”',
        claimed,
      ),
    ).toBeNull();

    const told = [
      'One refugee told Amnesty International that he had been picked up by the police five times and had paid a total of about 200 US dollars in fines in two years.',
    ];
    expect(droppedHedge('Refugee picked up by the police five times and fined', told)).toMatch(/told/);
    expect(
      droppedHedge('North Korean refugee who said he was picked up by the police five times and fined', told),
    ).toBeNull();
    // A relayed account is asked for in a title, not in a description of who is meant.
    expect(
      droppedHedge('Unnamed North Korean refugee picked up by the police five times', told, 'description'),
    ).toBeNull();

    const lure = [
      'In another case, the North Korean PSS reportedly used an already apprehended North Korean to lure a North Korean in hiding into opening the door of his apartment, after which they tried to arrest him.',
    ];
    expect(droppedHedge('North Korean in hiding lured into opening his door', lure)).toMatch(/reportedly/);
    expect(droppedHedge('North Korean in hiding whom the PSS reportedly lured into opening his door', lure)).toBeNull();

    // The source's own unhedged statement of the same fact lets a firm text be.
    const twice = [
      'The governor said that three men were arrested in December 1995 at Vladivostok airport on suspicion of trying to leave for South Korea with forged South Korean passports.',
    ];
    expect(droppedHedge('Three North Korean men arrested at Vladivostok airport (December 1995)', twice)).toMatch(
      /told/,
    );
    expect(
      droppedHedge('Three North Korean men arrested at Vladivostok airport (December 1995)', [
        ...twice,
        'In December 1995 three North Korean men were arrested at Vladivostok airport.',
      ]),
    ).toBeNull();

    const aware = [
      'As far as Amnesty International is aware, only one North Korean has ever been granted refugee status.',
    ];
    expect(
      droppedAwareness('The only North Korean granted refugee status in Russia, by presidential decree in 1992', aware),
    ).toMatch(/the only/);
    expect(
      droppedAwareness('The one North Korean known to have been granted refugee status in Russia (1992)', aware),
    ).toMatch(/the one/);
    expect(
      droppedAwareness(
        'The only North Korean granted refugee status in Russia as far as Amnesty International was aware (1992)',
        aware,
      ),
    ).toBeNull();

    const hiding = [
      'Amnesty International has also received reports claiming that student dormitories in Moscow were thoroughly searched after a North Korean student had gone into hiding in Russia.',
    ];
    expect(firmStatusProblem('in-hiding', hiding)).toMatch(/reported-in-hiding/);
    expect(firmStatusProblem('reported-in-hiding', hiding)).toBeNull();
    expect(
      firmStatusProblem('in-hiding', [
        'On the way to the police station, the car stopped at a market place and the refugee managed to escape and make his way to the safety of a new hiding place.',
      ]),
    ).toBeNull();
    const taken = [
      'Amnesty International has received information of a few cases in which relatives of a political offender or “defector” were taken away from their homes to unknown destinations.',
    ];
    expect(firmStatusProblem('disappeared', taken)).toMatch(/reported-disappeared/);
  });
});
