// The shapes of everything the widget says. content/ imports nothing: machines/ and src/ import
// these types and join to the data by id.

/** One step of the guide, in the guide's own words. */
export interface GuideStep {
  /** 1..N in the guide's order; the anchor on the article page is `step-${number}`. */
  readonly number: number;
  /** Stable slug, independent of the number, for code that must not break if steps are renumbered. */
  readonly id: string;
  readonly title: string;
  /** The step's text as paragraphs, verbatim from the guide. */
  readonly body: readonly string[];
}

export interface Guide {
  readonly title: string;
  readonly steps: readonly GuideStep[];
}

/** A question's text and its answer options, keyed by option id (the ids the machine uses). */
export interface QuestionText {
  /** 'single': radios, exactly one answer. 'multi': checkboxes, one or more answers. */
  readonly kind: 'single' | 'multi';
  readonly heading: string;
  readonly hint?: string;
  readonly options: Readonly<Record<string, string>>;
  /** In a 'multi' question: the option that means "none of the others" and excludes them. */
  readonly exclusiveOption?: string;
}

/** What the reader sees at the end of a path. The steps themselves are chosen by the machine. */
export interface OutcomeText {
  readonly heading: string;
  readonly why: string;
  /** One line per recommended step number on why it applies here. */
  readonly stepNotes: Readonly<Record<number, string>>;
  /** Show the help lines (the abuse outcome). */
  readonly showSafetyPanel?: boolean;
}

export interface HelpLine {
  readonly name: string;
  /** Each way to reach it: a label and the link (tel:, sms: or https:). */
  readonly contacts: readonly { readonly label: string; readonly href: string }[];
}
