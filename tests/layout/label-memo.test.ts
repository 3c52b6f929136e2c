/**
 * `nodeLabel` keeps each label for the lookups and the picker it was made with: asked again it gives
 * the same label, other lookups or another language give their own, and a caller that changes
 * what it got changes nothing kept.
 */
import { expect, test } from 'vitest';
import { nodeLabel } from '../../src/lib/layout/nodes.ts';
import { byId } from '../../src/lib/layout/input.ts';
import { layoutWords } from '../../src/lib/view/layout-words.ts';
import type { Person, Post } from '../../src/lib/model/types.ts';

const posts = byId<Post>([
  { id: 'bt', organization_id: 'o', label: { vi: 'Bí thư Quận ủy', en: 'District Party Secretary' }, short_label: { vi: 'Bí thư', en: 'Secretary' } },
]);
const people = (name: string) => byId<Person>([{ id: 'p1', name: { vi: name, en: name } }]);

test('the same arguments give the same label; other lookups, posts or languages their own', () => {
  const vi = layoutWords('vi');
  const en = layoutWords('en');
  expect(layoutWords('vi')).toBe(vi);
  const a = people('Nguyễn Văn A');
  const seated = nodeLabel('seated', 'p1', ['bt'], a, posts, vi.label);
  expect(seated.title).toBe('Nguyễn Văn A · Bí thư Quận ủy');
  expect(nodeLabel('seated', 'p1', ['bt'], a, posts, vi.label)).toEqual(seated);
  expect(nodeLabel('seated', 'p1', ['bt'], a, posts, en.label).title).toBe('Nguyễn Văn A · District Party Secretary');
  expect(nodeLabel('seated', 'p1', [], a, posts, vi.label).title).toBe('Nguyễn Văn A');
  expect(nodeLabel('departed', 'p1', ['bt'], a, posts, vi.label).title).toBe('Nguyễn Văn A');
  // Another dataset's people (another lookup) with the same id.
  expect(nodeLabel('seated', 'p1', ['bt'], people('Trần Thị B'), posts, vi.label).title).toBe('Trần Thị B · Bí thư Quận ủy');
  expect(nodeLabel('seated', 'p1', ['bt'], a, posts, vi.label)).toEqual(seated);
});

test('changing a label it returned changes nothing kept', () => {
  const vi = layoutWords('vi');
  const a = people('Lê Văn C');
  const first = nodeLabel('seated', 'p1', [], a, posts, vi.label);
  first.lines[0] = 'changed';
  first.lines.push('more');
  expect(nodeLabel('seated', 'p1', [], a, posts, vi.label)).toEqual({ lines: ['Lê Văn C'], title: 'Lê Văn C' });
});
