/**
 * Transliteration templates: a text turned into fixed pieces and ambiguous "classes" (say every
 * ю of a name), each class taking one choice throughout, expanded into ranked spellings.
 */
import { capitalize, isAllUpper } from './text.ts';
import { ranked } from './ranked.ts';

/** 0 = lower case, 1 = Capitalised, 2 = UPPER CASE. */
export type CaseMode = 0 | 1 | 2;

interface TemplatePart {
  text?: string;
  slot?: number;
  mode: CaseMode;
}

/**
 * A transliteration with its ambiguities. Every occurrence of one ambiguity (say every ю of a
 * name) takes the same choice, so the results are consistent spellings ("Tiutiunik", not
 * "Tiutyunik").
 */
export class Template {
  private readonly parts: TemplatePart[] = [];
  private readonly slots: (readonly string[])[] = [];
  private readonly slotKeys = new Map<string, number>();

  fixed(text: string, mode: CaseMode): void {
    this.parts.push({ text, mode });
  }

  choice(key: string, options: readonly string[], mode: CaseMode): void {
    if (options.length === 1) return this.fixed(options[0]!, mode);
    let slot = this.slotKeys.get(key);
    if (slot === undefined) {
      slot = this.slots.length;
      this.slots.push(options);
      this.slotKeys.set(key, slot);
    }
    this.parts.push({ slot, mode });
  }

  expand(cap: number): string[] {
    return ranked(this.slots, cap, (picked) => [
      this.parts.map((p) => applyCase(p.slot === undefined ? (p.text ?? '') : picked[p.slot]!, p.mode)).join(''),
    ]);
  }
}

function applyCase(s: string, mode: CaseMode): string {
  return mode === 2 ? s.toUpperCase() : mode === 1 ? capitalize(s) : s;
}

/** For each character: the case mode it imposes on its transliteration. */
export function caseModes(chars: readonly string[]): CaseMode[] {
  const modes: CaseMode[] = new Array<CaseMode>(chars.length).fill(0);
  let i = 0;
  while (i < chars.length) {
    if (!/\p{L}/u.test(chars[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && /\p{L}/u.test(chars[j]!)) j++;
    const word = chars.slice(i, j).join('');
    const upperWord = isAllUpper(word);
    for (let k = i; k < j; k++) {
      const ch = chars[k]!;
      if (ch !== ch.toLowerCase()) modes[k] = upperWord ? 2 : 1;
    }
    i = j;
  }
  return modes;
}
