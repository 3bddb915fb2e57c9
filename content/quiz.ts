// The quiz's questions and outcomes: our words, written in the guide's spirit. Ids are the contract
// with machines/ (which decides the order and the branches); everything a reader reads is here.
// content/README.md quotes the guide's line behind each question.
import type { OutcomeText, QuestionText } from './types.ts';

export const questions = {
  safety: {
    kind: 'single',
    heading: 'Has he ever hurt you, threatened you, controlled you or made you feel afraid?',
    hint: 'We ask this first because your safety matters more than anything else here. Abuse can be physical, emotional, sexual or about money.',
    options: {
      yes: 'Yes',
      'not-sure': 'I’m not sure',
      no: 'No',
    },
  },
  'warning-signs': {
    kind: 'multi',
    heading: 'Did he ever do any of these things?',
    hint: 'Choose every one that happened, even once.',
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
    hint: 'Choose every reason that played a part, even a small one.',
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
    hint: 'Choose every reason that is true. Be honest with yourself: nobody else sees your answers.',
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
    why: 'You told us he hurt, threatened, controlled or frightened you. The guide is clear: if the relationship was abusive in any way, don’t go back to it, and don’t expect things to be different. What happened is not your fault, and you don’t have to deal with it alone. The people below are free, confidential and there any time.',
    stepNotes: {
      13: 'The guide’s own words on an abusive relationship: don’t go back to it. Period.',
    },
    showSafetyPanel: true,
  },
  'let-go': {
    heading: 'Take it to heart and let this relationship go',
    why: 'You broke up, at least in part, because he was hurtful or disrespectful, or because you weren’t satisfied. The guide says to take those reasons to heart and let the relationship go, not to win it back.',
    stepNotes: {
      12: 'How to grieve the relationship, be kind to yourself and let friends and family be there for you.',
      13: 'Why the reason you broke up matters more than the wish to get back together.',
    },
  },
  reconsider: {
    heading: 'Reconsider getting back together for now',
    why: 'You’re still carrying hurt, anger or resentment, and you don’t see it going away. The guide warns that unless you can both resolve past issues and have a clear plan, the relationship will fall victim to the same issues that broke you up.',
    stepNotes: {
      9: 'What it would take to put past grievances behind you, if you both ever choose to.',
      13: 'Why bringing past hurt along is a reason to reconsider.',
    },
  },
  'move-on': {
    heading: 'Put your energy into moving on',
    why: 'Some of your reasons are ones the guide calls the wrong reasons: loneliness, not knowing what to do without him, insecurity, a bruised ego, wanting to prove something or to get even. Getting back together for them tends to lead to a bad relationship and an even more painful breakup. Getting through this on your own can leave you stronger.',
    stepNotes: {
      12: 'How to grieve, be kind to yourself and let the people who love you help.',
      14: 'Be brutally honest with yourself about why you want him around.',
      15: 'What good intentions look like, if one day your reasons are the right ones.',
    },
  },
  wait: {
    heading: 'Wait a little longer before you reach out',
    why: 'Either it’s been less than a month, or you still feel the urge to beg him or berate him. The guide: give both of you time, at least a month is typically a good window, and don’t text, call or email him while the urge is strong.',
    stepNotes: {
      1: 'Why waiting matters, and healthy ways to handle your feelings in the meantime.',
      2: 'What to do once you no longer feel compelled to beg or berate him.',
    },
  },
  'reach-out': {
    heading: 'You’re ready to reach out, calmly',
    why: 'It’s been long enough, you feel calm, and your reasons are good ones. Start with a short, low-pressure message, and let him set the pace.',
    stepNotes: {
      2: 'How to send a first message: quick, simple and calm, with no pressure.',
      3: 'When you’re both ready to talk: meet for coffee and just catch up.',
    },
  },
  'give-him-time': {
    heading: 'Give him the time he needs',
    why: 'You reached out and he isn’t ready to talk yet. Don’t force the issue: give him time, then re-approach him in the same calm, low-pressure way.',
    stepNotes: {
      1: 'How to resist the urge to push, and where to put your feelings instead.',
      2: 'How to re-approach him later, calmly and without pressure.',
    },
  },
  'meet-up': {
    heading: 'Meet up casually to catch up',
    why: 'You’re in friendly contact again. The next step is a casual coffee, and catching up is all you’re doing at this point.',
    stepNotes: {
      3: 'How to keep the first meeting casual and not rush things.',
      4: 'What comes after: checking whether he’s willing to talk about the relationship.',
    },
  },
  'ask-to-talk': {
    heading: 'Ask whether he’s willing to talk about the relationship',
    why: 'You’ve met up and re-established friendly contact. Now you can check in with him about talking over the relationship and the breakup, and be ready to wait if he isn’t.',
    stepNotes: {
      4: 'How to ask, and what to do if he isn’t ready.',
      5: 'What to expect if he says yes.',
    },
  },
  'dont-force': {
    heading: 'Be prepared to wait, and don’t force it',
    why: 'He isn’t ready to talk about the relationship yet. The guide says to be prepared to wait and not to force the issue. Keep things friendly and casual meanwhile.',
    stepNotes: {
      3: 'Keep catching up casually, without trying to jump-start the relationship.',
      4: 'Why you wait when he isn’t ready.',
    },
  },
  'serious-talk': {
    heading: 'Get ready for an honest, maybe rocky, talk',
    why: 'He’s willing to talk, or you’ve talked and haven’t decided yet. Expect plenty to hash out and some brutal honesty, and be ready to accept whatever you decide together.',
    stepNotes: {
      5: 'How to brace yourself for the serious talk.',
      6: 'How to accept the outcome, whichever way it goes.',
    },
  },
  rebuild: {
    heading: 'Rebuild it as a new relationship',
    why: 'You’ve both decided to try again. The guide: treat it as a new relationship, address what broke you up, keep old grievances in the past and follow through on what you promise each other.',
    stepNotes: {
      7: 'Start slowly and don’t fall back into old habits.',
      8: 'Remember why you broke up, and address it together.',
      9: 'Acknowledge past grievances, then agree to keep them in the past.',
      10: 'Follow up on what you each need, and call each other out calmly.',
      11: 'Focus on the present, not on what happened while you were apart.',
    },
  },
  'call-it-off': {
    heading: 'It may be time to call it off',
    why: 'You tried again and it isn’t working. Even when you both do everything right, a relationship may still not work, and that is part of life.',
    stepNotes: {
      10: 'Check whether you’ve both followed up on what you promised each other.',
      12: 'How to know when to call it off, and how to grieve and be kind to yourself.',
    },
  },
  accept: {
    heading: 'Accept the outcome: you’ll be okay',
    why: 'You decided together not to get back together. Be proud of yourself for trying: not all relationships can work, and you will be okay.',
    stepNotes: {
      6: 'Be proud of yourself for trying.',
      12: 'How to grieve, be kind to yourself and let friends and family support you.',
    },
  },
} as const satisfies Record<string, OutcomeText>;

export type QuestionId = keyof typeof questions;
export type OutcomeId = keyof typeof outcomes;
/** The option ids of one question, e.g. OptionId<'safety'> = 'yes' | 'not-sure' | 'no'. */
export type OptionId<Q extends QuestionId> = keyof (typeof questions)[Q]['options'] & string;
