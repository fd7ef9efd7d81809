import type { Audience, Format } from '../records/types.js';
import type { Filters } from './filters.js';

/** What matters to a person, from the guided start's second question. */
export const NEEDS = ['spiritual', 'non-religious', 'medication', 'online', 'now'] as const;
export type Need = (typeof NEEDS)[number];
/** How a person would like to connect, from the third question. */
export const WAYS = ['in-person', 'online', 'phone', 'text', 'any'] as const;
export type Way = (typeof WAYS)[number];

/** Each answer's words in one language, for the sentence that says why the results fit. */
export interface WhyWords {
  who: Record<Audience, string>;
  needs: Record<Need, string>;
  way: Record<Exclude<Way, 'any'>, string>;
}

/** The answers as phrases, in question order, each once ("online" may be both a need and a way). */
export function whyParts(a: Answers, words: WhyWords): string[] {
  const parts = [
    a.who && words.who[a.who],
    ...NEEDS.filter((need) => a.needs.includes(need)).map((need) => words.needs[need]),
    a.way && a.way !== 'any' && words.way[a.way],
  ];
  return parts.filter((p, i): p is string => Boolean(p) && parts.indexOf(p) === i);
}

export interface Answers {
  who?: Audience;
  needs: Need[];
  way?: Way;
}

/**
 * The filters that fit a person's answers. Each answer narrows by one facet; "talk to someone now" means a line
 * open 24/7, the one kind of help that is sure to answer.
 */
export function filtersFromAnswers(answers: Answers, base: Filters): Filters {
  const formats = new Set<Format>();
  if (answers.needs.includes('online')) formats.add('online');
  if (answers.way && answers.way !== 'any') formats.add(answers.way);
  const approaches = [
    ...(answers.needs.includes('spiritual') ? (['faith-based'] as const) : []),
    ...(answers.needs.includes('non-religious') ? (['secular'] as const) : []),
  ];
  return {
    ...base,
    audience: answers.who ? [answers.who] : [],
    approaches,
    formats: [...formats],
    medicationFriendly: answers.needs.includes('medication'),
    open247: answers.needs.includes('now'),
  };
}
