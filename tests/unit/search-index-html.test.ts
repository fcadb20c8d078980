import { describe, it, expect } from 'vitest';
import { htmlForSearchIndex } from '../../src/lib/search-index-html.ts';

describe('htmlForSearchIndex', () => {
  it('keeps the ids of headings and inline elements and takes out those of blocks', () => {
    const html =
      '<article data-pagefind-body><h2 id="2-x">2 X</h2><p id="2-p1" class="passage">Text.<sup><a id="fnref-1" href="#fn-1">1</a></sup></p><li id=fn-1>Note</li><h3 class="a" id=\'2-1\'>2.1</h3></article>';
    expect(htmlForSearchIndex(html)).toBe(
      '<article data-pagefind-body><h2 id="2-x">2 X</h2><p class="passage">Text.<sup><a id="fnref-1" href="#fn-1">1</a></sup></p><li>Note</li><h3 class="a" id=\'2-1\'>2.1</h3></article>',
    );
  });
  it('leaves attribute values and text alone, including ones that look like ids', () => {
    const html =
      '<p data-cite="a > b id=&quot;x&quot;" title=\'say id="y"\'>the words id="z" stay</p><a href="#1-p1" data-id="k">link</a><br/>';
    expect(htmlForSearchIndex(html)).toBe(html);
  });
  it('takes out an id whatever its place among the attributes', () => {
    expect(htmlForSearchIndex('<blockquote class="q" id="q1" lang="ru">x</blockquote><div id="m" />')).toBe(
      '<blockquote class="q" lang="ru">x</blockquote><div />',
    );
  });
});
