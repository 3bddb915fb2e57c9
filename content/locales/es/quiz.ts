// Las preguntas y los resultados en español. Los ids de preguntas, opciones y resultados, y las
// claves de stepNotes, son los de content/quiz.ts (el contrato con machines/), en el mismo orden.
import type { OutcomesTranslation, QuestionsTranslation } from '../../translation.ts';

export const questions = {
  safety: {
    kind: 'single',
    heading: '¿Alguna vez te hizo daño, te amenazó, te controló o te hizo sentir miedo?',
    hint: 'Tu seguridad es lo primero. El maltrato puede ser físico, emocional, sexual o económico.',
    options: {
      yes: 'Sí',
      'not-sure': 'No lo tengo claro',
      no: 'No',
    },
  },
  'warning-signs': {
    kind: 'multi',
    heading: '¿Alguna vez hizo alguna de estas cosas?',
    hint: 'Elige todo lo que haya pasado, aunque sea una vez.',
    options: {
      'put-downs': 'Te insultó, te humilló o te menospreciaba constantemente',
      control: 'Revisaba tu teléfono o controlaba a quién veías, adónde ibas o qué te ponías',
      threats: 'Amenazó con hacerte daño a ti, a sí mismo, a tus mascotas o a tus seres queridos',
      violence: 'Te empujó, te agarró, te golpeó o te hizo daño físico',
      sexual: 'Te presionó u obligó a hacer cosas sexuales que no querías',
      money: 'Te quitaba tu dinero o controlaba lo que podías gastar',
      fear: 'Te daba miedo cómo iba a reaccionar',
      none: 'Ninguna de estas',
    },
    exclusiveOption: 'none',
  },
  'breakup-reason': {
    kind: 'multi',
    heading: '¿Por qué terminaron?',
    hint: 'Elige todo lo que influyó.',
    options: {
      hurtful: 'Él hizo algo hiriente o irrespetuoso',
      unsatisfied: 'La relación no me satisfacía',
      fighting: 'Peleábamos o nos malinterpretábamos todo el tiempo',
      circumstances: 'Las circunstancias se interpusieron: la distancia, el momento o el estrés',
      'my-mistake': 'Algo que hice yo',
      unclear: 'En realidad no sé por qué',
    },
  },
  'past-hurt': {
    kind: 'single',
    heading: '¿Todavía cargas con dolor, rabia o resentimiento de la relación?',
    options: {
      no: 'No, ya hice las paces con lo que pasó',
      resolvable: 'Sí, pero creo que los dos podríamos superarlo con un plan claro',
      yes: 'Sí, y no creo que vaya a desaparecer',
    },
  },
  motives: {
    kind: 'multi',
    heading: '¿Por qué quieres que vuelva?',
    hint: 'Elige todo lo que sea cierto. Responde con honestidad: nadie más lo ve.',
    options: {
      care: 'Me importa y de verdad creo que la relación tiene futuro para los dos',
      lonely: 'Siento soledad y quiero a alguien con quien hacer cosas',
      lost: 'No sé qué hacer con mis días sin él',
      insecure: 'Sin pareja me falta seguridad',
      ego: 'Tengo el orgullo herido',
      prove: 'Quiero demostrar que puedo recuperarlo',
      revenge: 'Quiero desquitarme, por ejemplo, dejándolo o engañándolo',
    },
  },
  stage: {
    kind: 'single',
    heading: '¿En qué punto están las cosas con él ahora?',
    options: {
      'no-contact': 'No hemos tenido contacto desde la ruptura',
      'not-ready': 'Me puse en contacto, pero no está preparado para hablar',
      friendly: 'Volvimos a tener un trato amistoso',
      'met-up': 'Nos vimos de manera informal para ponernos al día',
      asked: 'Le pedí hablar sobre nuestra relación',
      talked: 'Ya tuvimos la conversación seria sobre nosotros',
    },
  },
  'time-since': {
    kind: 'single',
    heading: '¿Hace cuánto terminaron?',
    options: {
      'under-a-month': 'Hace menos de un mes',
      'a-month-or-more': 'Hace un mes o más',
    },
  },
  urge: {
    kind: 'single',
    heading: '¿Todavía sientes el impulso de rogarle que vuelva o de recriminarle lo que hizo?',
    options: {
      yes: 'Sí, al menos a veces',
      no: 'No, lo veo con calma',
    },
  },
  'his-answer': {
    kind: 'single',
    heading: '¿Qué te dijo cuando le pediste hablar sobre la relación?',
    options: {
      'not-ready': 'Todavía no está preparado',
      willing: 'Está dispuesto a hablar',
    },
  },
  decision: {
    kind: 'single',
    heading: '¿Qué decidieron juntos?',
    options: {
      'try-again': 'Le estamos dando otra oportunidad',
      'not-working': 'Lo intentamos de nuevo, pero no funciona',
      'not-together': 'Decidimos no volver',
      undecided: 'Todavía no lo hemos decidido',
    },
  },
} satisfies QuestionsTranslation;

export const outcomes = {
  'dont-go-back': {
    heading: 'Por favor, no vuelvas a esta relación',
    why: 'La guía es clara: si en la relación hubo maltrato de cualquier tipo, no vuelvas a ella. Las cosas no serán distintas. No es tu culpa, y no tienes que afrontarlo sin apoyo.',
    stepNotes: { 13: 'Las palabras de la propia guía sobre el maltrato: no vuelvas. Punto.' },
    showSafetyPanel: true,
  },
  'let-go': {
    heading: 'Tómatelo en serio y deja atrás esta relación',
    why: 'Terminaron, al menos en parte, porque él fue hiriente o irrespetuoso, o porque la relación no te satisfacía. La guía dice que te lo tomes en serio y dejes atrás la relación.',
    stepNotes: {
      12: 'Cómo hacer el duelo, tratarte con amabilidad y apoyarte en tus amistades y tu familia.',
      13: 'Por qué importa el motivo de la ruptura.',
    },
  },
  reconsider: {
    heading: 'Replantéate volver, por ahora',
    why: 'Todavía cargas con dolor, rabia o resentimiento. A menos que los dos puedan resolverlo y tengan un plan claro, los mismos problemas volverán a separarlos.',
    stepNotes: {
      9: 'Qué haría falta para dejar atrás los agravios del pasado.',
      13: 'Por qué el dolor del pasado es motivo para replanteártelo.',
    },
  },
  'move-on': {
    heading: 'Pon tu energía en seguir adelante',
    why: 'Algunos de tus motivos son de los que la guía llama razones equivocadas. Volver por ellos lleva a una mala relación y a una ruptura más dolorosa. Superar esto por tu cuenta puede hacerte más fuerte.',
    stepNotes: {
      12: 'Cómo hacer el duelo y tratarte con amabilidad.',
      14: 'Pregúntate con honestidad por qué quieres tenerlo cerca.',
      15: 'Cómo son las buenas intenciones.',
    },
  },
  wait: {
    heading: 'Espera un poco más antes de escribirle',
    why: 'Ha pasado menos de un mes, o todavía sientes el impulso de rogarle o de recriminarle. Dense tiempo y, por ahora, no le escribas, no lo llames ni le mandes correos.',
    stepNotes: {
      1: 'Por qué importa esperar y qué hacer mientras tanto con lo que sientes.',
      2: 'Qué hacer cuando hayan pasado las ganas.',
    },
  },
  'reach-out': {
    heading: 'Ya puedes contactarlo, con calma',
    why: 'Ha pasado suficiente tiempo, te sientes en calma y tus motivos son buenos. Empieza con un mensaje breve y sin presiones.',
    stepNotes: {
      2: 'Cómo enviar un primer mensaje: breve, sencillo y tranquilo.',
      3: 'Cuando los dos estén listos: un café, solo para ponerse al día.',
    },
  },
  'give-him-time': {
    heading: 'Dale el tiempo que necesite',
    why: 'Todavía no está preparado para hablar. No lo fuerces: dale tiempo y luego vuelve a acercarte a él con la misma calma.',
    stepNotes: {
      1: 'Cómo resistir las ganas de presionar.',
      2: 'Cómo volver a acercarte más adelante.',
    },
  },
  'meet-up': {
    heading: 'Propón un encuentro informal para ponerse al día',
    why: 'Han vuelto a tener un trato amistoso. Lo siguiente es un café informal, y por ahora solo se trata de ponerse al día.',
    stepNotes: {
      3: 'Cómo mantener informal el primer encuentro.',
      4: 'Qué viene después.',
    },
  },
  'ask-to-talk': {
    heading: 'Pregúntale si está dispuesto a hablar de la relación',
    why: 'Ya han recuperado un trato amistoso. Ahora averigua si está dispuesto a hablar de la relación, y prepárate para esperar.',
    stepNotes: {
      4: 'Cómo preguntárselo y qué hacer si no está preparado.',
      5: 'Qué esperar si dice que sí.',
    },
  },
  'dont-force': {
    heading: 'Prepárate para esperar y no lo fuerces',
    why: 'Todavía no está preparado para hablar de la relación. Mientras tanto, mantén un trato amistoso e informal.',
    stepNotes: {
      3: 'Sigue poniéndote al día con él sin apresurar las cosas.',
      4: 'Por qué esperar cuando él no está preparado.',
    },
  },
  'serious-talk': {
    heading: 'Prepárate para una conversación sincera, quizá difícil',
    why: 'Va a haber mucho que aclarar. Espera una sinceridad brutal y prepárate para aceptar lo que decidan.',
    stepNotes: {
      5: 'Cómo prepararte para la conversación.',
      6: 'Cómo aceptar el resultado.',
    },
  },
  rebuild: {
    heading: 'Reconstrúyela como una relación nueva',
    why: 'Los dos decidieron intentarlo de nuevo. Trátala como una relación nueva: aborden lo que los separó y cumplan lo que se prometieron.',
    stepNotes: {
      7: 'No vuelvas a caer en los viejos hábitos.',
      8: 'Aborden el motivo de la ruptura.',
      9: 'Dejen los viejos agravios en el pasado.',
      10: 'Cumplan con lo que cada uno necesita.',
      11: 'No le den vueltas al tiempo que estuvieron separados.',
    },
  },
  'call-it-off': {
    heading: 'Quizá sea hora de ponerle fin',
    why: 'Lo intentaron de nuevo y no está funcionando. Aunque los dos hagan todo bien, puede que una relación no funcione.',
    stepNotes: {
      10: 'Comprueba que los dos cumplieron sus promesas.',
      12: 'Cómo saber cuándo ponerle fin.',
    },
  },
  accept: {
    heading: 'Acepta el resultado: vas a estar bien',
    why: 'Decidieron no volver. Reconoce con orgullo que lo intentaste: no todas las relaciones pueden funcionar.',
    stepNotes: {
      6: 'Reconoce con orgullo que lo intentaste.',
      12: 'Cómo hacer el duelo y tratarte con amabilidad.',
    },
  },
} satisfies OutcomesTranslation;
