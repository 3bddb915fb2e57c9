// The shapes of everything the widget says. content/ imports nothing: machines/ and src/ import
// these types and join to the data by id.

/** One step of the guide, in the guide's own words. */
interface GuideStep {
  /** 1..N in the guide's order; the anchor on the article page is `step-${number}`. */
  readonly number: number;
  readonly title: string;
  /** The step's text as paragraphs, verbatim from the guide. */
  readonly body: readonly string[];
}

export interface Guide {
  readonly title: string;
  readonly steps: readonly GuideStep[];
}

/**
 * A question's text and its answer options, keyed by option id (the ids the machine uses).
 * `Option` is the union of those ids, so the exclusive option must be one of them.
 */
export interface QuestionText<Option extends string = string> {
  /** 'single': radios, exactly one answer. 'multi': checkboxes, one or more answers. */
  readonly kind: 'single' | 'multi';
  readonly heading: string;
  readonly hint?: string;
  readonly options: Readonly<Record<Option, string>>;
  /** In a 'multi' question: the option that means "none of the others" and excludes them. */
  readonly exclusiveOption?: Option;
}

/** What the reader sees at the end of a path: the machine only decides which outcome. */
export interface OutcomeText {
  readonly heading: string;
  readonly why: string;
  /**
   * The guide steps this outcome recommends, by step number, each with one line on why it applies
   * here. The only place they are stated; they are shown in the guide's order (JavaScript
   * enumerates integer keys in ascending order, whatever order they are written in).
   */
  readonly stepNotes: Readonly<Record<number, string>>;
  /** Show the help lines (the abuse outcome). */
  readonly showSafetyPanel?: boolean;
}

/**
 * Every string the widget shows around the questions and outcomes (content/ui.ts). A translation
 * is another object of this type, so a missing or misspelt key does not compile.
 */
export interface UiText {
  /** The language of this content (BCP 47), declared on the widget's root for screen readers. */
  readonly lang: string;
  /** Its direction: the widget lays out by logical properties and mirrors for 'rtl'. */
  readonly dir: 'ltr' | 'rtl';
  readonly intro: {
    readonly heading: string;
    readonly lead: string;
    readonly length: (most: number) => string;
    readonly privacy: string;
    readonly privacyWithPersist: string;
    readonly start: string;
  };
  readonly question: {
    /** `number` is the current question's; the `left` counts include it. */
    readonly progress: (number: number, fewestLeft: number, mostLeft: number) => string;
    readonly continue: string;
    readonly back: string;
    /** Read before the error message by screen readers only (GOV.UK's "Error:"). */
    readonly errorPrefix: string;
    readonly errorSingle: string;
    readonly errorMulti: string;
  };
  readonly outcome: {
    readonly stepsHeading: string;
    readonly stepLabel: (number: number) => string;
    readonly readInGuide: (number: number) => string;
    readonly showFullStep: string;
    /** The button that opens the browser's print dialog (which also saves as PDF). */
    readonly print: string;
    readonly answersHeading: string;
    readonly change: string;
    /** Read after `change` by screen readers only: which question the button changes. */
    readonly changeContext: (question: string) => string;
    readonly restart: string;
  };
  readonly announce: {
    readonly exit: string;
  };
  readonly quickExit: {
    readonly button: string;
    /** Also the Exit button's accessible description. */
    readonly hint: string;
    /** Said to screen readers after each Shift press of the shortcut: `left` presses to go. */
    readonly pressesLeft: (left: number) => string;
    readonly honesty: string;
  };
  readonly safety: {
    readonly heading: string;
    /** A help-line link's accessible name: its label, then the service it reaches. */
    readonly contactName: (label: string, service: string) => string;
  };
}

/** One help line in the safety panel (content/ui.ts `helpLines`). */
export interface HelpLine {
  readonly name: string;
  /** Each way to reach it: a label and the link (tel:, sms: or https:). */
  readonly contacts: readonly { readonly label: string; readonly href: string }[];
}
