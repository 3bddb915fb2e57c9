// The guide, reconstructed from content/source/guide-seed.txt (see content/README.md for how the
// scraped seed maps to these 15 steps). Titles and bodies are the guide's own words, verbatim.
// `as const`: a translation (content/locales/) is typed from this literal shape, so it must have
// the same 15 steps, with the same numbers and as many paragraphs each.
import type { Guide } from './types.ts';

export const guide = {
  title: 'How to Get Your Ex Boyfriend to Come Back to You',
  steps: [
    {
      number: 1,
      title:
        "First make sure that you really want to do this because if it didn't work out the first time there was a reason, don't make the same mistake twice.",
      body: [
        'Wait for a few weeks before approaching him after the breakup.',
        'This can’t be said enough.',
        'Allow both him and yourself time—at least a month is typically a good window—to calm down and think rationally.',
        'If you approach him too soon after your breakup, he’s likely to withdraw further.',
        'Resist the urge—and you will have the urge—to text, call, or email him to either hash out your feelings about the break up or to beg for him to take you back.',
        'As much as you might feel like he absolutely needs to know your thoughts on the situation, remember that what you say now could permanently damage any remaining prospects the two of you had of getting back together.',
        'Venting all your anger in an irrational screed or pleading for his attention will both do much more harm than good.',
        'Instead of pleading with or ranting to your ex, seek out the sympathetic ear of friends and loved ones.',
        'Or write (but don’t send) him a letter, go for a long walk or run, or whatever else will help you harness your feelings in a healthy and positive way.',
      ],
    },
    {
      number: 2,
      title: 'Approach him calmly and rationally when you’re ready.',
      body: [
        'After enough time has passed so that you no longer feel compelled to beg or to berate him, you can start sending out some initial feelers.',
        'Initial contact is often best through text or email—it allows you to say what you need to without interruption and prevents you from getting drawn in too far too soon.',
        'Keep your message quick and simple.',
        'Briefly say hello, apologize for anything you may need to apologize for, and say you’d like to talk to him if he’s ready to.',
        'Resist the urge to go into any dramatics or to emotionally vomit everywhere (it’s happened to the best of us).',
        'Don’t force it.',
        'If he isn’t ready to talk yet, don’t force the issue.',
        'Give him the time he needs, the re-approach him in the same calm, low-pressure way you did before.',
      ],
    },
    {
      number: 3,
      title: 'Get together for a casual sit-down.',
      body: [
        'When you’re both ready to talk, arrange to meet each other to get coffee and catch up.',
        'Be clear going in that catching up is all you’re doing at this point.',
        'Don’t try to jump start your relationship prematurely.',
        'You both first need to get calmly re-acquainted before going further.',
      ],
    },
    {
      number: 4,
      title: 'Ask him to talk about the relationship.',
      body: [
        'After you’ve established some friendly contact, check in with him about his willingness to talk about your relationship and the breakup.',
        'Again, if he’s not ready, be prepared to wait and don’t force the issue.',
      ],
    },
    {
      number: 5,
      title: 'Brace yourself.',
      body: [
        'When or if you do sit down to have a serious talk about the relationship, it may be rocky.',
        'You’re going to have plenty to hash out, so order take-out, grab some wine, and get ready for some brutal honesty.',
      ],
    },
    {
      number: 6,
      title: 'Accept the outcome.',
      body: [
        'If you both decide to give your relationship another try, get ready to put in the necessary work.',
        'If ultimately you both can’t get on board with restarting the relationship, be proud of yourself for trying and remind yourself that not all relationships can work and that you’ll be okay.',
      ],
    },
    {
      number: 7,
      title: 'Start slowly.',
      body: [
        'The two of you broke up for a reason, and it won’t be healthy to just pretend the break up never happened and dive right back into where you left off.',
        'Treat this as a new relationship—because it is.',
        'It’s no longer your old relationship, it’s the two of you starting again.',
        'Resist falling back into old habits, especially if those habits contributed to the break up. For example, if you were in the habit of getting angry if he didn’t call, work with each other to resolve the issue so that both of you get what you need and don’t fall back into your old habits, which will just build up frustration and resentment.',
      ],
    },
    {
      number: 8,
      title: 'Address the real issues.',
      body: [
        'If you and your ex have decided to get back together, remember the reason you broke up and address it.',
        'Have an honest discussion of what you each want from the relationship and how you can work with each other to get it.',
      ],
    },
    {
      number: 9,
      title: 'Acknowledge past grievances and address them as necessary.',
      body: [
        'Then agree to keep them in the past.',
        'Don’t throw old grievances in each other’s faces; it will make it extremely difficult to move forward in the relationship.',
      ],
    },
    {
      number: 10,
      title: 'Follow up and be accountable.',
      body: [
        'After talking about what you each need, follow up on it.',
        'If one of you fails to do what you promised, call each other out.',
        'If you do need to call him out on something, don’t be accusatory or angry.',
        'Calmly remind him of what both of you previously discussed regarding the issue and patiently explain why what he did (or didn’t do) doesn’t fit with your expectations.',
      ],
    },
    {
      number: 11,
      title: 'Focus on the present.',
      body: [
        'Don’t fixate on what each of you did or might have done while you were broken up.',
        'Don’t pry into whether he dated or slept with other people because it will most likely just put you back in a position of being hurt and resentful.',
        'It is reasonable, though, to ask your partner to get STD tested before you resume intimacy.',
      ],
    },
    {
      number: 12,
      title: 'Know when to call it off.',
      body: [
        'Ultimately, even if you both do everything right and try your best, the relationship may still not work.',
        'Know that if the relationship doesn’t work, it’s still very possible to remain friends (if not immediately afterward, then with a bit of time).',
        'And know that relationships—and their end—are just part of life, as sad and difficult as that may seem at the moment.',
        'Allow yourself to grieve for the relationship if you decide to call it off.',
        'Don’t try to avoid or suppress your emotions—the only way to move on and feel better is to deal with your feelings.',
        'Don’t be afraid of them, just acknowledge them and let them run their course.',
        'See How to Be a Good Person After a Breakup and How to Respect Yourself After a Breakup for more.',
        'Be kind to yourself.',
        'Don’t beat yourself up because the relationship didn’t work.',
        'If you made mistakes, recognize them, decide to learn from them, and move on.',
        'Beating yourself up won’t make any part of the situation better.',
        'Let friends and family be there for you while you’re getting over the relationship—their support can be crucial.',
      ],
    },
    {
      number: 13,
      title: 'Keep a level head.',
      body: [
        'After a breakup, it’s natural to feel sad, lonely, upset, and even a bit lost.',
        'So when you’re thinking about or working on getting back with your ex, keep checking in with yourself about your motives.',
        'Think carefully about why you broke up.',
        'While trying to get back with your ex, it’s important not to get caught up in trying to get back together just for the sake of getting back together.',
        'Spend some time thinking about whether or not you really want to (or should) get together with this person.',
        'If you broke up (even in part) because your partner did something hurtful or disrespectful or because you simply weren’t satisfied with the relationship, take those considerations to heart and let the relationship go.',
        'If you’re going to bring past hurt, anger, or resentment with you, reconsider getting back together.',
        'Unless you’re both able to resolve your past issues and have a clear plan for moving forward, your relationship will soon begin to fall victim to the same issues that first broke you up.',
        'If the relationship was abusive in any way, don’t go back to it.',
        'Period.',
        'Don’t expect that things will be different—they won’t.',
      ],
    },
    {
      number: 14,
      title: 'Be honest with yourself about your motives for trying to get your ex back.',
      body: [
        'If you’re trying to get him to come back for the wrong reasons, you’re doing both yourself and him a disservice—and setting yourself up for failure.',
        'Do you want to get back together because you truly believe the relationship has potential for both of you? Or is it because you feel emotionally vulnerable and/or have a bruised ego? If those are your motives, they’re only going to lead you into more trouble.',
        'Put your energy towards moving on instead.',
        'Remember that getting through this break up on your own is not only possible but can leave you in a stronger, more confident place than where you started.',
        'Think about why you want him around.',
        'Is it because you want someone to go to the movies with? Because you don’t know what to do with your day without him around? Because you feel insecure without a significant other? If yes, stop trying to get back together and start moving on.',
        'Now is the time to be brutally honest with yourself.',
        'Getting back together for the wrong reasons will result not only in a bad relationship but in what will likely be an even more painful breakup.',
      ],
    },
    {
      number: 15,
      title:
        'Get together for the right reasons: because you care about him and truly have hope for the relationship.',
      body: [
        'Go into it with good intentions.',
        'Don’t try to get back together just to prove you can.',
        'And, similarly, don’t try getting back together so you can then get revenge by cheating on him, dumping him, etc.',
        'It won’t make up for whatever hurt you in the first place, and it will only drag both of you through some nasty emotional muck.',
      ],
    },
  ],
} as const satisfies Guide;

/**
 * Each step's stable slug, independent of its number, by index (`stepIds[number - 1]`): for code
 * that must not break if steps are renumbered. Apart from `guide`, so the embeds, which never read
 * them, leave them out (about 125 B gzip in English, 165 B in Spanish, where they are the only
 * English words); the same in every language.
 */
export const stepIds = [
  'make-sure',
  'approach-calmly',
  'casual-sit-down',
  'ask-to-talk',
  'brace-yourself',
  'accept-the-outcome',
  'start-slowly',
  'address-real-issues',
  'past-grievances',
  'follow-up',
  'focus-on-present',
  'know-when-to-call-it-off',
  'keep-a-level-head',
  'honest-about-motives',
  'right-reasons',
] as const satisfies { readonly length: (typeof guide.steps)['length'] };
