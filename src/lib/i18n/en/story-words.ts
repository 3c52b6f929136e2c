/** The English of `story-words.ts` (see `STORY_WORDS` there). */
import { EN_DASH, type StoryWords } from '../story-words.ts';

/** "the X" unless the name starts with an article or a capitalised "The". */
const the = (name: string) => (/^the\s/i.test(name) ? name : `the ${name}`);

const enMembers = (n: number) => (n === 1 ? 'member' : 'members');

export const en: StoryWords = {
  period: (a, b) => (a === b ? String(a) : `${a}${EN_DASH}${b}`),
  first: (b) =>
    b.from === b.to
      ? `${the(b.name)} kept its ${b.to} ${enMembers(b.to)}`
      : `${the(b.name)} went from ${b.from} to ${b.to} ${enMembers(b.to)}`,
  next: (b) => {
    const who = b.child ? `its ${b.name}` : the(b.name);
    return b.from === b.to ? `${who} stayed at ${b.to}` : `${who} from ${b.from} to ${b.to}`;
  },
  sentence: (period, clauses) => `${period}: ${clauses.join(', ')}.`,
  had: (b, first) => (first ? `${the(b.name)} had ${b.to} ${enMembers(b.to)}` : `${b.child ? `its ${b.name}` : the(b.name)} ${b.to}`),
  bare: (period, title) => `${period}: ${title}`,
};
