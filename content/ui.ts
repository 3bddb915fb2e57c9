// Every string the widget shows around the questions and outcomes. A translation is a copy of
// this file, quiz.ts and guide.ts with the same keys, in content/locales/<tag>/; the types
// (UiText, HelpLine, and content/translation.ts) hold it to them.
import type { HelpLine, UiText } from './types.ts';

export const ui: UiText = {
  lang: 'en',
  dir: 'ltr',
  intro: {
    heading: 'Should you try to get back together?',
    lead: 'Answer a few questions and get the steps of the guide “How to Get Your Ex Boyfriend to Come Back to You” that fit where you are now, and why.',
    length: (most: number) => `At most ${most} short questions: about two minutes.`,
    privacy: 'Your answers stay on this device. Nothing is sent anywhere or saved.',
    privacyWithPersist:
      'Your answers stay on this device. They are kept in this browser tab until you close it, and nothing is sent anywhere.',
    start: 'Start',
  },
  question: {
    // `left` counts include the current question; the reader sees how many may follow it.
    progress: (number: number, fewestLeft: number, mostLeft: number) => {
      const after = `Question ${number}`;
      if (mostLeft <= 1) return `${after}, the last one`;
      if (fewestLeft === mostLeft) return `${after} of ${number + mostLeft - 1}`;
      if (fewestLeft <= 1) return `${after}, up to ${mostLeft - 1} more after this`;
      return `${after}, ${fewestLeft - 1} to ${mostLeft - 1} more after this`;
    },
    continue: 'Continue',
    back: 'Back',
    errorPrefix: 'Error:',
    errorSingle: 'Choose an answer to continue.',
    errorMulti: 'Choose at least one answer to continue.',
  },
  outcome: {
    stepsHeading: 'Steps from the guide for you',
    stepLabel: (number: number) => `Step ${number}`,
    readInGuide: (number: number) => `Read step ${number} in the guide`,
    showFullStep: 'Show the full step here',
    print: 'Print or save this plan',
    answersHeading: 'Your answers',
    change: 'Change',
    changeContext: (question: string) => ` your answer to “${question}”`,
    restart: 'Start again',
  },
  announce: {
    exit: 'Leaving this page.',
  },
  quickExit: {
    button: 'Exit this page',
    hint: 'Or press Shift 3 times',
    pressesLeft: (left: number) => `Shift, press ${left} more time${left > 1 ? 's' : ''} to exit.`,
    honesty:
      'Quick exit hides this quiz at once, forgets your answers and opens a neutral website. It does not erase your browser history.',
  },
  safety: {
    heading: 'Help is available, free and confidential',
    contactName: (label: string, service: string) => `${label}, ${service}`,
  },
};

/** Default help lines, shown unless the site fills the `resources` slot with its own. */
export const helpLines: readonly HelpLine[] = [
  {
    name: 'In danger right now',
    contacts: [
      { label: 'Call 911 (US)', href: 'tel:911' },
      { label: 'Call 999 (UK)', href: 'tel:999' },
    ],
  },
  {
    name: 'National Domestic Violence Hotline (US)',
    contacts: [
      { label: 'Call 1-800-799-7233 (SAFE)', href: 'tel:+18007997233' },
      { label: 'Text START to 88788', href: 'sms:88788?&body=START' },
      { label: 'thehotline.org', href: 'https://www.thehotline.org/' },
    ],
  },
  {
    name: 'loveisrespect (US, for young people)',
    contacts: [
      { label: 'Call 1-866-331-9474', href: 'tel:+18663319474' },
      { label: 'Text LOVEIS to 22522', href: 'sms:22522?&body=LOVEIS' },
    ],
  },
  {
    name: 'National Domestic Abuse Helpline (UK)',
    contacts: [{ label: 'Call 0808 2000 247', href: 'tel:+448082000247' }],
  },
];
