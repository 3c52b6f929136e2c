/**
 * The words the layout writes (tray titles, legend labels) and the picker for the dataset's own
 * multilingual texts. The layout has no dictionary of its own and imports nothing from `i18n/`:
 * the caller passes these in, already in the scene's language (`view/layout-words.ts` builds them
 * from `i18n/`).
 */
import type { LangString } from '../model/types.ts';

/** Texts of one scene, in one language. */
export interface LayoutStrings {
  /**
   * A dataset text (organization name, post label, person name) in the scene's language, with the
   * app's one fallback rule (`pick` of `model/lang.ts`); '' when there is none.
   */
  label: (s: LangString | undefined | null) => string;
  /** Tray title (and, for exits, legend label) for a cause. */
  causeLabel: (kind: 'exit' | 'entry', cause: string) => string;
  legendTitle: string;
  /**
   * Legend label for a seated member of a body, given the body's short name in the scene's language
   * and, when it has one, the body's short name in every language (so that the legend can give the
   * source's own abbreviation beside a translated one: "EC (BCH) member").
   */
  legendSeated: (orgShortName: string, shortNames?: LangString) => string;
  legendVacant: string;
  /** Legend label of the "new at this step" mark. */
  legendNew: string;
  /** Legend label of the over-capacity mark (a seat beyond the body's seat count). */
  legendOverCapacity: string;
  legendInferred: string;
  /** Legend label of a group (party) with its member count at the step: "Red Party: 3 members". */
  legendGroup: (groupName: string, count: number) => string;
  /**
   * The short tag of a member the step touched: `exit` with the end cause, `enter` with the start
   * cause, `post` with what they now hold (a post's or a body's short name, `to`).
   */
  changeTag: (kind: 'exit' | 'enter' | 'post', cause: string | null, to?: string) => string;
  /** The placeholder of a vacant post, given the post's short label ("Bí thư — khuyết"). */
  vacantPost: (post: string) => string;
}
