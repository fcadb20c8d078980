import re, json, sys
R='russian-authorities'; NK='north-korean-authorities'; POL='russian-police'; PSS='north-korea-public-security-service'
CONS='dprk-consulate-vladivostok'
def A(act, perps, attr, sources, note=None):
    d = {'act': act, 'perpetrators': perps, 'attribution': attr, 'sources': sources}
    if note: d['note'] = note
    return d
C = {
 'chegdomyn-prison-witness': [
  ('1990', [A('arbitrary-arrest-or-detention', [NK, PSS], 'alleged', ['amnesty-1996#2-2-p2'], 'According to the allegations Amnesty International cites, the prison was run by the North Korean authorities and its guards were all reported to work for the North Korean PSS; a refugee was quoted as saying workers were imprisoned for trading or as “troublemakers”.'),
            A('torture-or-ill-treatment', [NK], 'alleged', ['amnesty-1996#2-2-p2'], 'Workers held as “troublemakers” were “apparently” detained for longer “and are also ill-treated”, according to the refugee quoted.')]),
  ('1990', []), ('1990', []), ('1996', [])],
 'choe-kum-chol': [
  ('2019-05', []), ('2021-07', []), ('2021-07', []),
  ('2021-09-20', [A('arbitrary-arrest-or-detention', [POL], 'reported', ['hrw-2022#p3', 'voa-2022#p4'], 'Human Rights Watch: he saw five men in Russian police uniforms coming towards the safe house, and the activist said “the police officers broke down the door of the house and took him away”; the reworded VOA copy: Russian police arrested him and handed him over to the North Korean consulate in Vladivostok.'),
                  A('enforced-disappearance', [POL], 'reported', ['hrw-2022#p1', 'hrw-2022#p5'], 'Human Rights Watch: he “was taken into custody and has not been seen or heard from since”, a case it counts among those of North Koreans “forcibly disappeared in Russia”. Who took him into custody rests on the activist’s account.')]),
  ('2021-12', [A('arbitrary-arrest-or-detention', [CONS], 'reported', ['hrw-2022#p4'], 'The activist “received information” that he was being held in the North Korean consulate in Vladivostok.')]),
  ('2022-02', []),
  ('2022-02-12', [A('arbitrary-arrest-or-detention', [CONS], 'reported', ['voa-2022#p6', 'voa-2022#p8'], 'According to Svetlana Gannushkina, as the reworded VOA copy gives it, a lawyer learned that he was “below detention in [the] DPRK consulate”.')]),
  ('2022-02-17', []), ('2022-02-25', [])],
 'choi-gyong-ho': [
  ('1993', [A('obstruction-of-asylum', [R], 'established', ['amnesty-1996#3-3-2-p8', 'amnesty-1996#3-1-p17'], 'Amnesty International gives his case as one where lack of identification documents “has been used by the Russian authorities as an excuse not to grant asylum”: his marriage was not recognized and all his attempts to obtain permission to stay were fruitless.')]),
  ('1995-12', [A('forcible-return', [R], 'established', ['amnesty-1996#3-3-2-p10', 'amnesty-1996#3-3-2-p8'], 'Arrested at an office of the local administration and handed over to the North Korean authorities a few weeks later; Amnesty International counts him among North Koreans “forcibly returned to North Korea by the Russian authorities”. The date of the return is not given; this event is the report that documented it.'),
               A('arbitrary-arrest-or-detention', [], 'established', ['amnesty-1996#3-3-2-p8'], 'He “was arrested” when he went to an office of the local administration and handed over a few weeks later; the source does not say who arrested him.')]),
  ('1996', [])],
 'choi-yen-dan': [
  ('1996', [A('forcible-return', [], 'established', ['amnesty-1996#4-2-p9'], 'Named among “North Koreans who were forcibly returned to North Korea” in two earlier Amnesty International documents. This passage does not say who returned them or when; the case is not counted under the Russian authorities.')])],
 'lee-sung-nam': [
  ('1996', [A('forcible-return', [], 'established', ['amnesty-1996#4-2-p9'], 'Named among “North Koreans who were forcibly returned to North Korea” in two earlier Amnesty International documents. This passage does not say who returned them or when; the case is not counted under the Russian authorities.')])],
 'consulate-detainees-with-choe-2021': [
  ('2021-12', [A('arbitrary-arrest-or-detention', [CONS], 'reported', ['hrw-2022#p4'], 'The activist “received information” that Choe was being held in the North Korean consulate in Vladivostok “with two other North Koreans”.')])],
 'echr-communicated-cases': [
  ('2022-02-17', [A('enforced-disappearance', [], 'reported', ['hrw-2022#p5'], 'Human Rights Watch calls them cases “similar” to Choe Kum Chol’s, of North Koreans “who went missing while trying to apply for refugee status”, in a paragraph on North Koreans “forcibly disappeared in Russia”; it does not say who was responsible.')])],
 'escapee-with-needle-through-nose': [
  ('1996', [A('torture-or-ill-treatment', [NK], 'alleged', ['amnesty-1996#3-3-3-p11'], 'One refugee’s account; the sentence does not name who did it. It is one of the methods in Amnesty International’s paragraph on “allegations that apprehended refugees are ill-treated by the North Korean authorities”.')])],
 'jong-su': [
  ('2020-08', [A('pursuit-and-surveillance', [], 'reported', ['cac-2020#p4'], 'As he told his lawyer, North Korean students were not allowed to leave the campus, use the telephone or make “dangerous contacts”, to keep them from thinking of not returning; the post does not say who imposes these rules.')]),
  ('2020-08-27', []),
  ('2020-09-08', [A('abduction-or-attempted-abduction', [], 'alleged', ['cac-2020#p5'], 'Jong’s own belief, as the post gives it: he “realized that he was sent by the authorities in an attempt to kidnap him”. The post does not say which authorities.'),
                  A('pursuit-and-surveillance', [], 'reported', ['cac-2020#p6'], 'His lawyer saw five Koreans searching for him in a park near the immigration center; the post does not say who they were.')]),
  ('2020-09-10', []),
  ('2020-09-10', [A('arbitrary-arrest-or-detention', [], 'reported', ['cac-2020#p7'], 'Men “dressed as civilians”, Russian citizens according to the driver, took him to the Frunzenskiy Police Department in Vladivostok; the post does not say who they were.')]),
  ('2020-09-10', [A('arbitrary-arrest-or-detention', [POL], 'reported', ['cac-2020#p8', 'cac-2020#p9'], 'He texted that he was at the Artyom City Police Department, and the officer on duty there told his lawyer that he “indeed was brought to them”.')]),
  ('2020-09-10', [A('enforced-disappearance', [POL], 'reported', ['cac-2020#p7', 'cac-2020#p8', 'cac-2020#p9'], 'The Frunzenskiy Police Department told his lawyer it held no North Korean citizens; the officer on duty in Artyom said he had been brought there; a duty officer suggested he had “allegedly” been given to the DPRK Consulate; his lawyer could learn nothing definite about his fate. The post does not use the words “enforced disappearance”. Vehicles of the “FSS” and of the DPRK Consulate were said to have gathered at the station; the post does not say what part they took, so they are not coded.')])],
 'khabarovsk-house-search': [
  ('1995', [A('pursuit-and-surveillance', [], 'reported', ['amnesty-1996#3-3-3-p4'], 'A search “without a warrant” in which bedding was “reportedly” slashed. The sentence does not say who searched; it follows Amnesty International’s account of allegations that the North Korean PSS searched such houses, often with Russian law enforcement officials present.')])],
 'kim-myung-se': [('1992', [])],
 'kim-sun-ho': [
  ('1988', [A('forcible-return', [], 'reported', ['amnesty-1996#3-1-p18'], 'He “reportedly committed suicide while being transported back to North Korea”; the return was not completed. The source does not say who was transporting him.')])],
 'lee-yen-sen': [
  ('1994', []),
  ('1995-09', [A('obstruction-of-asylum', ['procurator-general-of-russia'], 'established', ['amnesty-1996#3-2-p2'], 'The Procurator General of Russia sanctioned his deportation “before his request for asylum had been considered”.'),
               A('forcible-return', [R], 'established', ['amnesty-1996#3-3-2-p12', 'amnesty-1996#3-2-p2'], 'He “was forcibly returned to North Korea by the Russian authorities with apparently no assurances as to his safety sought or received”. Amnesty International does not date the return; it is coded with the deportation sanctioned in September 1995.')]),
  ('1996-02', [])],
 'logger-loyalty-statement': [
  ('1987', [A('threats-and-reprisals-against-relatives', [NK], 'alleged', ['amnesty-1996#3-2-p5'], 'He “claimed” the North Korean authorities made him sign a “statement of loyalty”; they “reportedly” told him that if he broke it “all your relatives at home will be punished”.')]),
  ('1987', [])],
 'mr-choi-moscow': [
  ('1996', [A('torture-or-ill-treatment', [NK], 'alleged', ['amnesty-1996#3-3-3-p11'], 'He and other refugees told of a practice — iron shackles placed around the full length of the legs of “offenders” — in Amnesty International’s paragraph on allegations of ill-treatment by the North Korean authorities. The source does not say he was himself shackled.')])],
 'mr-ivanov-russian-far-east': [
  ('1990', [A('pursuit-and-surveillance', [NK], 'reported', ['amnesty-1996#3-3-3-p2'], 'He told Amnesty International he could see “North Korean agents” from his window at all times of the day. The source’s words are “North Korean agents”; it does not say to which service they belonged.')])],
 'mr-kim-moscow-1995': [
  ('1995', [A('torture-or-ill-treatment', [POL], 'reported', ['amnesty-1996#3-3-2-p3'], 'He “was reportedly beaten about the face and the eyes”, given as an example of the incidents in which refugees were “reportedly beaten by the police”.')])],
 'mr-kwon-moscow-1995': [
  ('1995-06-29', [A('pursuit-and-surveillance', [PSS, POL], 'alleged', ['amnesty-1996#3-3-3-p3'], 'Given by Amnesty International as an instance of allegations that the North Korean PSS searched the homes of people suspected of hiding refugees, with Russian law enforcement officials present; the visitors were “a North Korean and three Russian policemen”.'),
                  A('arbitrary-arrest-or-detention', [POL], 'alleged', ['amnesty-1996#3-3-3-p3'], 'One North Korean refugee “was arrested at the apartment” and was being taken to the police station; the passage does not say who made the arrest.')]),
  ('1995-06-29', [])],
 'mr-park-1989': [
  ('1989', [A('arbitrary-arrest-or-detention', [NK], 'reported', ['amnesty-1996#3-3-3-p11'], 'He “was reportedly saved by the Russian authorities in 1989 after he had been apprehended by the North Korean authorities”.'),
            A('torture-or-ill-treatment', [NK], 'reported', ['amnesty-1996#3-3-3-p11'], 'He “was reported to have been beaten ‘beyond recognition’” after being apprehended by the North Korean authorities.')]),
  ('1989', [])],
 'prisoners-in-mordovia': [
  ('1995', [A('forcible-return', [R], 'established', ['amnesty-1996#3-1-p19'], 'One of them “was forcibly returned to North Korea by the Russian authorities in 1995”. The footnote to this sentence refers to Amnesty International’s document on the refoulement of Lee Yen Sen; the report does not say whether this is his return, so the two may be one return counted twice.')]),
  ('1996', [])],
 'refugee-beaten-in-ukraine': [
  ('1987', [A('torture-or-ill-treatment', [PSS], 'alleged', ['amnesty-1996#3-3-3-p4'], 'He was in hospital “after having been beaten by the North Korean PSS”, in a sentence that says his apartment “was said to have been ransacked”.')]),
  ('1987', [A('pursuit-and-surveillance', [], 'alleged', ['amnesty-1996#3-3-3-p4'], 'His apartment “was said to have been ransacked” while he was in hospital; the source does not say by whom.')])],
 'refugee-fined-by-moscow-police': [
  ('1996', [A('arbitrary-arrest-or-detention', [POL], 'reported', ['amnesty-1996#3-3-2-p2'], 'He told Amnesty International he had been “picked up by the police five times” and fined about 200 US dollars in all; Amnesty International says fines were often set at precisely the money the refugee had on him.')])],
 'refugee-lured-to-open-door': [
  ('1996', [A('abduction-or-attempted-abduction', [PSS], 'reported', ['amnesty-1996#3-3-3-p7'], 'The North Korean PSS “reportedly used an already apprehended North Korean to lure” him into opening his door, “after which they tried to arrest him”.')])],
 'refugee-who-cut-open-his-stomach': [
  ('1996', [A('arbitrary-arrest-or-detention', [PSS], 'reported', ['amnesty-1996#3-1-p18'], 'He “reportedly cut open his stomach, trying to commit suicide after having been apprehended by the North Korean PSS”.')])],
 'residence-permits-far-east': [('1996', [])],
 'song-chang-keun': [
  ('1995-03', []),
  ('1995-08', [A('forcible-return', [R], 'established', ['amnesty-1996#3-3-2-p11', 'amnesty-1996#3-3-3-p14'], 'When the Russian authorities “had to release” him for lack of evidence, “he was handed over to the North Korean authorities”, a case Amnesty International gives under “Forcible Return”, while his application for asylum in South Korea was awaiting a decision.'),
               A('execution', [NK], 'alleged', ['amnesty-1996#3-3-3-p14'], 'A source Amnesty International calls reliable said he was executed on Russian territory after the handover; the North Korean authorities denied “this allegation”, and Amnesty International could not confirm that their photograph of him was taken after his return.')]),
  ('1995-12', []), ('1996', []), ('1996', [])],
 'student-in-hiding-moscow': [
  ('1996', []),
  ('1996', [A('pursuit-and-surveillance', [], 'reported', ['amnesty-1996#3-3-3-p4'], 'Amnesty International “received reports claiming” that student dormitories in Moscow were thoroughly searched; the sentence does not say by whom.')])],
 'tsoy-li': [
  ('2020-07', [A('pursuit-and-surveillance', [POL], 'reported', ['cac-2020#p10', 'cac-2020#p11'], 'The post calls it “persecution”: after his call to South Korea he “was visited by law enforcement officers” and summoned “for a conversation”. The post does not name the service.')]),
  ('2020-07-15', [A('pursuit-and-surveillance', [], 'reported', ['cac-2020#p12'], '“Unknown Korean individuals” asked his lawyer to hand him over to them and came to her home twice; the post does not say who they were.')]),
  ('2020-07-22', [A('pursuit-and-surveillance', [POL], 'reported', ['cac-2020#p13', 'cac-2020#p14'], 'Police officers came to the house where he was hiding, where he saw his compatriots from the window; afterwards the police summoned his lawyer several times to say where he was and who had helped him escape.')]),
  ('2020-09', [A('abduction-or-attempted-abduction', ['dprk-special-services'], 'reported', ['cac-2020#p15'], 'His lawyer “found out” that he “was captured by the DPRK special services” in Khabarovsk, “but he managed to get away”.')])],
 'vladivostok-airport-arrests-1995': [
  ('1995-12', []),
  ('1996', [A('forcible-return', [R], 'reported', ['amnesty-1996#3-3-3-p13', 'amnesty-1996#3-3-2-p13'], 'The governor of the Maritime Territory “reportedly” said that a North Korean “forcibly returned to North Korea by the Russian authorities” was shot at the border; the Russian authorities “apparently decided” to return all three, then kept two back. The shooting took place “in the presence of Russian border troops”; the source does not say what part they took in the return, so they are not coded.'),
            A('execution', [NK], 'reported', ['amnesty-1996#3-3-3-p13', 'amnesty-1996#3-3-2-p13', 'amnesty-1996#4-2-p6'], 'Shot dead on the spot by “North Korean officials”, as the governor reportedly said; Amnesty International calls it a “summary execution … reported by the Russian authorities”.')]),
  ('1996-06', [])],
 'vladivostok-detention-center-releases-2022': [
  ('2020', [A('arbitrary-arrest-or-detention', [], 'established', ['lfnkr-2022#p2'], 'Held in the Vladivostok Foreigner Detention Center for two years after a Russian court refused to recognize their refugee status; LFNKR does not say who ordered the detention.')]),
  ('2022', [])],
 'workers-missing-january-2022': [
  ('2022-01', []),
  ('2022-03-02', [A('pursuit-and-surveillance', [NK, 'north-korea-ministry-of-state-security'], 'reported', ['lfnkr-2022#p12', 'lfnkr-2022#p13', 'lfnkr-2022#p18'], 'NEWS POST SEVEN, citing Radio Free Asia, in LFNKR’s rough translation: the North Korean authorities strengthened surveillance of their workers in Russia, “indicating that the North Korean secret police, led by the Ministry of State Security, are increasingly monitoring” them.'),
                  A('exploitative-labour-conditions', [NK], 'reported', ['lfnkr-2022#p12', 'lfnkr-2022#p18'], 'The North Korean authorities took away the workers’ cell phones, passports and identification cards and forced them to work in groups of 10 to 20 “with a monitor at all times”, according to the article.')])],
 'yeltsin-letter-1991': [
  ('1991', []),
  ('1993', [A('obstruction-of-asylum', ['commission-on-citizenship'], 'established', ['amnesty-1996#3-3-2-p7'], 'Having asked President Yeltsin for asylum, he was told by the Commission on Citizenship that he would not be granted citizenship because “he did not have a propiska”, and told to leave Russia as soon as possible. Amnesty International gives it among the “excuses” used to refuse North Korean refugees.')]),
  ('1995', [])],
}

def q(s): return json.dumps(s, ensure_ascii=False)
def flow(a):
    parts = [f"act: {a['act']}", f"perpetrators: [{', '.join(a['perpetrators'])}]", f"attribution: {a['attribution']}", f"sources: [{', '.join(q(x) for x in a['sources'])}]"]
    if 'note' in a: parts.append(f"note: {q(a['note'])}")
    return '{ ' + ', '.join(parts) + ' }'

import os
root = '/work/wt/acts/content/cases/'
only = sys.argv[1:]  # optional list of case ids
for cid, evs in C.items():
    if only and cid not in only: continue
    p = root + cid + '.mdx'
    lines = open(p).read().split('\n')
    # locate events
    end = lines.index('---', 1)
    starts = [i for i in range(end) if lines[i].startswith('  - date: ')]
    if len(starts) != len(evs):
        print('COUNT MISMATCH', cid, len(starts), len(evs)); continue
    if any(l.strip().startswith('acts:') for l in lines[:end]):
        print('already coded', cid); continue
    inserts = []
    for k, st in enumerate(starts):
        date = lines[st][len('  - date: '):].strip().strip('"')
        if date != evs[k][0]:
            print('DATE MISMATCH', cid, k, date, evs[k][0]); break
        nxt = starts[k+1] if k+1 < len(starts) else end
        src = [i for i in range(st, nxt) if lines[i].startswith('    sources: ')]
        assert len(src) == 1, (cid, k)
        acts = evs[k][1]
        block = ['    acts: []'] if not acts else ['    acts:'] + ['      - ' + flow(a) for a in acts]
        inserts.append((src[0]+1, block))
    else:
        for at, block in reversed(inserts):
            lines[at:at] = block
        open(p, 'w').write('\n'.join(lines))
        print('coded', cid, sum(len(e[1]) for e in evs))
