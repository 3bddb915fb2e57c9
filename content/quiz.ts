// The quiz's questions and outcomes: our words, written in the guide's spirit. Ids are the contract
// with machines/ (which decides the order and the branches); everything a reader reads is here,
// and so are the guide steps each outcome recommends (its stepNotes, the only place they are
// listed). content/README.md quotes the guide's line behind each question.
import type { OutcomeText, QuestionText } from './types.ts';

export const questions = {
  safety: {
    kind: 'single',
    heading: 'Has he ever hurt you, threatened you, controlled you or made you feel afraid?',
    hint: 'Your safety comes first. Abuse can be physical, emotional, sexual or about money.',
    options: {
      yes: 'Yes',
      'not-sure': 'I’m not sure',
      no: 'No',
    },
  },
  'warning-signs': {
    kind: 'multi',
    heading: 'Did he ever do any of these things?',
    hint: 'Choose all that happened, even once.',
    options: {
      'put-downs': 'Called you names, humiliated you or kept putting you down',
      control: 'Checked your phone, or controlled who you saw, where you went or what you wore',
      threats: 'Threatened to hurt you, himself, your pets or people you love',
      violence: 'Pushed, grabbed, hit or physically hurt you',
      sexual: 'Pressured or forced you into sexual things you didn’t want',
      money: 'Took your money or controlled what you could spend',
      fear: 'Made you afraid of how he would react',
      none: 'None of these',
    },
    exclusiveOption: 'none',
  },
  'breakup-reason': {
    kind: 'multi',
    heading: 'Why did you break up?',
    hint: 'Choose all that played a part.',
    options: {
      hurtful: 'He did something hurtful or disrespectful',
      unsatisfied: 'I wasn’t satisfied with the relationship',
      fighting: 'We kept fighting or misunderstanding each other',
      circumstances: 'Circumstances got in the way, like distance, timing or stress',
      'my-mistake': 'Something I did',
      unclear: 'I don’t really know why',
    },
  },
  'past-hurt': {
    kind: 'single',
    heading: 'Are you still carrying hurt, anger or resentment from the relationship?',
    options: {
      no: 'No, I’ve made peace with what happened',
      resolvable: 'Yes, but I believe we could both work through it with a clear plan',
      yes: 'Yes, and I don’t see it going away',
    },
  },
  motives: {
    kind: 'multi',
    heading: 'Why do you want him back?',
    hint: 'Choose all that are true. Be honest: nobody else sees this.',
    options: {
      care: 'I care about him and truly believe the relationship has potential for both of us',
      lonely: 'I feel lonely and want someone to do things with',
      lost: 'I don’t know what to do with my days without him',
      insecure: 'I feel insecure without a partner',
      ego: 'My ego is bruised',
      prove: 'I want to prove I can get him back',
      revenge: 'I want to get even, like dumping him or cheating on him',
    },
  },
  stage: {
    kind: 'single',
    heading: 'Where do things stand with him right now?',
    options: {
      'no-contact': 'We haven’t been in touch since the breakup',
      'not-ready': 'I reached out, but he isn’t ready to talk',
      friendly: 'We’re back in friendly contact',
      'met-up': 'We’ve met up casually to catch up',
      asked: 'I’ve asked him to talk about our relationship',
      talked: 'We’ve had the serious talk about us',
    },
  },
  'time-since': {
    kind: 'single',
    heading: 'How long ago did you break up?',
    options: {
      'under-a-month': 'Less than a month ago',
      'a-month-or-more': 'A month ago or more',
    },
  },
  urge: {
    kind: 'single',
    heading: 'Do you still feel the urge to beg him to come back, or to tell him off?',
    options: {
      yes: 'Yes, at least sometimes',
      no: 'No, I feel calm about it',
    },
  },
  'his-answer': {
    kind: 'single',
    heading: 'What did he say when you asked to talk about the relationship?',
    options: {
      'not-ready': 'He isn’t ready yet',
      willing: 'He’s willing to talk',
    },
  },
  decision: {
    kind: 'single',
    heading: 'What did you decide together?',
    options: {
      'try-again': 'We’re giving it another try',
      'not-working': 'We tried again, but it isn’t working',
      'not-together': 'We decided not to get back together',
      undecided: 'We haven’t decided yet',
    },
  },
} as const satisfies Record<string, QuestionText>;

export const outcomes = {
  'dont-go-back': {
    heading: 'Please don’t go back to this relationship',
    why: 'The guide is clear: if the relationship was abusive in any way, don’t go back to it. Things won’t be different. It is not your fault, and you don’t have to face it alone.',
    stepNotes: { 13: 'The guide’s own words on abuse: don’t go back. Period.' },
    showSafetyPanel: true,
  },
  'let-go': {
    heading: 'Take it to heart and let this relationship go',
    why: 'You broke up at least partly because he was hurtful or disrespectful, or because you weren’t satisfied. The guide says to take that to heart and let the relationship go.',
    stepNotes: {
      12: 'How to grieve, be kind to yourself and lean on friends and family.',
      13: 'Why the reason you broke up matters.',
    },
  },
  reconsider: {
    heading: 'Reconsider getting back together for now',
    why: 'You still carry hurt, anger or resentment. Unless you can both resolve it and have a clear plan, the same issues will break you up again.',
    stepNotes: {
      9: 'What putting past grievances behind you would take.',
      13: 'Why past hurt is a reason to reconsider.',
    },
  },
  'move-on': {
    heading: 'Put your energy into moving on',
    why: 'Some of your reasons are ones the guide calls wrong reasons. Getting back together for them leads to a bad relationship and a more painful breakup. Getting through this on your own can leave you stronger.',
    stepNotes: {
      12: 'How to grieve and be kind to yourself.',
      14: 'Be honest with yourself about why you want him around.',
      15: 'What good intentions look like.',
    },
  },
  wait: {
    heading: 'Wait a little longer before you reach out',
    why: 'It’s been less than a month, or you still feel the urge to beg or berate him. Give yourselves time, and don’t text, call or email him yet.',
    stepNotes: {
      1: 'Why waiting matters, and what to do with your feelings meanwhile.',
      2: 'What to do once the urge has passed.',
    },
  },
  'reach-out': {
    heading: 'You’re ready to reach out, calmly',
    why: 'It’s been long enough, you feel calm and your reasons are good ones. Start with a short, low-pressure message.',
    stepNotes: {
      2: 'How to send a first message: quick, simple and calm.',
      3: 'When you’re both ready: coffee, just to catch up.',
    },
  },
  'give-him-time': {
    heading: 'Give him the time he needs',
    why: 'He isn’t ready to talk yet. Don’t force it: give him time, then re-approach him in the same calm way.',
    stepNotes: {
      1: 'How to resist the urge to push.',
      2: 'How to re-approach him later.',
    },
  },
  'meet-up': {
    heading: 'Meet up casually to catch up',
    why: 'You’re in friendly contact again. Next is a casual coffee, and catching up is all you’re doing for now.',
    stepNotes: {
      3: 'How to keep the first meeting casual.',
      4: 'What comes next.',
    },
  },
  'ask-to-talk': {
    heading: 'Ask if he’s willing to talk about the relationship',
    why: 'You’ve re-established friendly contact. Now check whether he’s willing to talk about the relationship, and be ready to wait.',
    stepNotes: {
      4: 'How to ask, and what to do if he isn’t ready.',
      5: 'What to expect if he says yes.',
    },
  },
  'dont-force': {
    heading: 'Be prepared to wait, and don’t force it',
    why: 'He isn’t ready to talk about the relationship yet. Keep things friendly and casual meanwhile.',
    stepNotes: {
      3: 'Keep catching up without rushing things.',
      4: 'Why you wait when he isn’t ready.',
    },
  },
  'serious-talk': {
    heading: 'Get ready for an honest, maybe rocky, talk',
    why: 'There will be plenty to hash out. Expect brutal honesty, and be ready to accept what you decide.',
    stepNotes: {
      5: 'How to brace yourself for the talk.',
      6: 'How to accept the outcome.',
    },
  },
  rebuild: {
    heading: 'Rebuild it as a new relationship',
    why: 'You’ve both decided to try again. Treat it as a new relationship, address what broke you up and follow through on your promises.',
    stepNotes: {
      7: 'Don’t fall back into old habits.',
      8: 'Address why you broke up.',
      9: 'Keep old grievances in the past.',
      10: 'Follow up on what you each need.',
      11: 'Don’t dwell on the time apart.',
    },
  },
  'call-it-off': {
    heading: 'It may be time to call it off',
    why: 'You tried again and it isn’t working. Even when you both do everything right, a relationship may still not work.',
    stepNotes: {
      10: 'Check you’ve both kept your promises.',
      12: 'How to know when to call it off.',
    },
  },
  accept: {
    heading: 'Accept the outcome: you’ll be okay',
    why: 'You decided not to get back together. Be proud of yourself for trying: not every relationship can work.',
    stepNotes: {
      6: 'Be proud of yourself for trying.',
      12: 'How to grieve and be kind to yourself.',
    },
  },
} as const satisfies Record<string, OutcomeText>;

export type QuestionId = keyof typeof questions;
export type OutcomeId = keyof typeof outcomes;
/**
 * The option ids of a question, e.g. OptionId<'safety'> = 'yes' | 'not-sure' | 'no'; of a union
 * of questions, all their options. The machine's branch conditions are checked against these.
 */
export type OptionId<Q extends QuestionId> = Q extends QuestionId
  ? keyof (typeof questions)[Q]['options'] & string
  : never;

// Each question's exclusive option is one of its own options (checked by tsc; the bundler drops the statement).
questions satisfies { readonly [Q in QuestionId]: QuestionText<OptionId<Q>> };
