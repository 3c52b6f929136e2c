/**
 * The dataset format: one committee history per file.
 *
 * Names follow Popolo (persons, organizations with `parent_id`, posts, memberships with
 * `start_date`/`end_date`, events) so that a Popolo file maps onto it; what Popolo lacks is added:
 * partial dates, causes, seats, claims, citations and certainty. See `data/README.md` for the format
 * in words and the reasons.
 */

/** Language codes the app ships strings for. */
export type Lang = 'vi' | 'en';

/** A label in several languages, e.g. `{ vi: "Bí thư", en: "Secretary" }`. At least one key. */
export type LangString = Partial<Record<Lang, string>> & Record<string, string | undefined>;

/**
 * A partial date as written: `"1996"`, `"1996-06"`, `"1996-06-15"` (EDTF level 0), optionally with
 * a trailing `?` for an uncertain date (`"1999?"`, EDTF level 1), or an interval `"1996/2000"`
 * (used for "during the term"). Parsed by `parseDate` in `dates.ts`; never a JS `Date`.
 */
export type DateString = string;

/** Whether a record is said in words by the source, or inferred (then `basis` says why). */
export type Certainty = 'stated' | 'inferred';

/** Where a record comes from: a source and a place in it ("para 5"). */
export interface Citation {
  source_id: string;
  /** e.g. "para 5", "paras 29-30" */
  locator: string;
  note?: LangString;
}

/** Provenance carried by every record. */
export interface Provenance {
  citations?: Citation[];
  /** Default `stated`. */
  certainty?: Certainty;
  /** Required when `certainty` is `inferred`: the reasoning, in words. */
  basis?: LangString;
  /** Any further remark, in the dataset's own words. */
  note?: LangString;
}

/** How a membership began. */
export type StartCause = 'elected' | 'by_election' | 'appointed' | 'promoted' | 'changed_group' | 'unknown';

/** How a membership ended. */
export type EndCause =
  | 'term_end'
  | 'removed_from_roll'
  | 'expelled'
  | 'transfer'
  | 'retirement'
  | 'resignation'
  | 'death'
  | 'dismissed'
  | 'promoted'
  | 'changed_group'
  | 'unknown';

/** Every `StartCause`, the values `data/README.md` lists under "Causes". */
export const START_CAUSES: readonly StartCause[] = ['elected', 'by_election', 'appointed', 'promoted', 'changed_group', 'unknown'];
/** Every `EndCause`, the values `data/README.md` lists under "Causes". */
export const END_CAUSES: readonly EndCause[] = [
  'term_end',
  'removed_from_roll',
  'expelled',
  'transfer',
  'retirement',
  'resignation',
  'death',
  'dismissed',
  'promoted',
  'changed_group',
  'unknown',
];

/** A document the dataset rests on. */
export interface Source {
  id: string;
  title: LangString;
  /** The body that wrote it, e.g. the Executive Committee of the District 6 Party organisation. */
  author?: LangString;
  /** e.g. "review report" */
  kind?: LangString;
  /** Date of the web page or copy the text was taken from (not part of the timeline). */
  page_date?: DateString;
  /** The document's own date, as far as it is known (may be an interval). */
  report_date?: DateString;
  report_date_certainty?: Certainty;
  report_date_basis?: LangString;
  url?: string;
  note?: LangString;
}

/** A body: a committee, a board, a chamber. `parent_id` nests it (the BTV inside the BCH). */
export interface Organization extends Provenance {
  id: string;
  name: LangString;
  /** Short label for the chart, e.g. "BCH". */
  short_name?: LangString;
  classification?: string;
  parent_id?: string | null;
  /** Elected seats; absent when the source gives no size (then no vacancies are shown). */
  seats?: number;
  /**
   * The colour of a group (a party or parliamentary group) in the chart, `#rrggbb`; absent: one
   * from the colour-blind-safe palette (`draw/palette.ts`).
   */
  color?: string;
}

/** A person. Anonymous people are named by the role the source gives them; names are never invented. */
export interface Person extends Provenance {
  id: string;
  name: LangString;
  /** True when the source gives no name: `name` is then a description by role. */
  anonymous?: boolean;
}

/** A post (a seat with a title) within an organization, e.g. the Secretary within the Standing Office. */
export interface Post extends Provenance {
  id: string;
  organization_id: string;
  label: LangString;
  /** Short label for the chart. */
  short_label?: LangString;
  /**
   * How many people may hold the post at once. Absent: one (our format's default). `null`: any
   * number (Popolo and CSV posts without a seat count, e.g. a class of nominated seats).
   */
  seats?: number | null;
}

/**
 * A person's membership of one organization over an interval, optionally in a post.
 * `start_date` absent = before the dataset begins; `end_date` absent = still running at the last step.
 */
export interface Membership extends Provenance {
  id: string;
  person_id: string;
  organization_id: string;
  post_id?: string | null;
  /** Free-text role when there is no post (Popolo's `role`). */
  role?: LangString;
  /**
   * The group the person sits for: the id of an organization classified `party` or
   * `parliamentary group` (Popolo's `on_behalf_of_id`). Groups are affiliations, never bodies.
   */
  on_behalf_of_id?: string;
  /**
   * The term (Popolo's legislative period) the membership belongs to: the id of an annotation
   * classified `legislative period`, whose interval dates the term.
   */
  legislative_period_id?: string;
  start_date?: DateString;
  end_date?: DateString;
  /** The event (step) at which it starts / ends; breaks ties between changes that share a date. */
  start_event_id?: string;
  end_event_id?: string;
  start_cause?: StartCause;
  end_cause?: EndCause;
  /**
   * The certainty of the post alone (`post_id`), when it differs from the membership's: a seat the
   * source states (`certainty` stated) whose post is inferred (`"inferred"`, with `post_basis`).
   * Absent: the post is as certain as the membership. Read through `model/certainty.ts`.
   */
  post_certainty?: Certainty;
  /** Why the post is inferred, when `post_certainty` is `inferred`: the reasoning, in words. */
  post_basis?: LangString;
  /** Where the person went, e.g. `{ vi: "cấp Thành phố", en: "City level" }`. */
  end_destination?: LangString;
  /** A Wikidata item id (`Q…`) for the destination, only where verified. */
  end_destination_wikidata?: string;
}

/**
 * A dated change point of the timeline (Popolo `events`). Events are listed in order; changes that
 * share a date (the 1999 retirements, then the 1999 by-election) keep the listed order.
 */
export interface TimelineEvent extends Provenance {
  id: string;
  date: DateString;
  label: LangString;
  /** e.g. "congress", "removal", "transfer", "retirement", "by-election" */
  classification?: string;
  /** What happened, in the dataset's words (not the source's sentences). */
  description?: LangString;
}

/** A count that a source states at a date: "at D, organization O had N members". */
export interface Claim extends Provenance {
  id: string;
  organization_id: string;
  date: DateString;
  /** Ties the claim to an event when its date is shared by several. */
  event_id?: string;
  count: number;
}

/** A note on the time axis that changes no membership (a resolution, a reprimand). */
export interface Annotation extends Provenance {
  id: string;
  /** A partial date, or an interval such as "1996/2000" for "during the term". */
  date: DateString;
  label: LangString;
  classification?: string;
  organization_id?: string;
  /**
   * The person it concerns, when it concerns one (the id of a person): the member panel lists it
   * under the person's context, e.g. the built-in dataset's inferred identification of the member
   * whose removal paragraph 40 explains.
   */
  person_id?: string;
}

/** One committee history. */
export interface Dataset {
  /** Format marker, always "committee-history". */
  format: 'committee-history';
  format_version: 1;
  id: string;
  title: LangString;
  description?: LangString;
  /** Language of the source text (decides Ð/Đ handling on import). */
  language?: string;
  sources: Source[];
  organizations: Organization[];
  persons: Person[];
  posts: Post[];
  memberships: Membership[];
  events: TimelineEvent[];
  claims: Claim[];
  annotations: Annotation[];
  /** Notes on the dataset as a whole (e.g. discrepancies in the source). */
  notes?: DatasetNote[];
  /**
   * Inferred parts that the source allows to read several ways, each with its readings (the 12 of
   * the 1999 by-election in the built-in dataset). See `model/readings.ts`.
   */
  alternatives?: Alternative[];
  /**
   * Fields of an imported plain Popolo file that our format has no place for (identifiers, links,
   * areas...), kept so that exporting back to Popolo returns them. Written by `io/popolo.ts`.
   */
  popolo?: Record<string, unknown>;
  /** Optional JSON Schema reference for editors (`data/schema.json`). */
  $schema?: string;
}

/**
 * An inferred part of a dataset that the source allows to read in several ways, e.g. which Standing
 * post each person elected in 1999 took. The dataset's own records (`replaces`) are the default
 * reading; every other reading replaces them with its own set.
 */
export interface Alternative {
  id: string;
  /** The event whose changes the readings differ on (the 1999 by-election). */
  event_id?: string;
  /** What is read several ways, e.g. "Who took which Standing post in 1999". */
  label: LangString;
  /** Why the source allows several readings (the arithmetic, what it does not say). */
  basis: LangString;
  /** Ids of the dataset's memberships that make up the default reading (each reading replaces them all). */
  replaces: string[];
  /** The readings, the default first; exactly one has `default: true`. */
  readings: Reading[];
  citations?: Citation[];
}

/** One reading of an `Alternative`: named, reasoned, and a set of memberships replacing the default set. */
export interface Reading {
  /** Unique in the dataset (the URL's `reading=`). */
  id: string;
  label: LangString;
  /** The reasoning, in words. */
  basis: LangString;
  /** The default reading: the dataset's own records (`replaces`); it lists no memberships. */
  default?: boolean;
  /** The memberships that replace `replaces` (absent on the default reading). */
  memberships?: Membership[];
  /** Persons this reading adds, or redescribes (same id: replaces the dataset's record). */
  persons?: Person[];
  /** Posts this reading adds, or redescribes (same id: replaces the dataset's record). */
  posts?: Post[];
}

/** A note on the dataset as a whole, e.g. a discrepancy in the source. */
export interface DatasetNote {
  id: string;
  text: LangString;
  citations?: Citation[];
}
