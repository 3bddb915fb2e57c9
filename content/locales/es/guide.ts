// La guía en español: los mismos 15 pasos que content/guide.ts, con los mismos números, ids y
// párrafos, traducidos con fidelidad (notas de traducción en content/README.md, «Languages»).
import type { GuideTranslation } from '../../translation.ts';

export const guide = {
  title: 'Cómo lograr que tu exnovio vuelva contigo',
  steps: [
    {
      number: 1,
      title:
        'Primero asegúrate de que de verdad quieres hacerlo, porque si no funcionó la primera vez, hubo una razón: no cometas el mismo error dos veces.',
      body: [
        'Espera unas semanas antes de acercarte a él después de la ruptura.',
        'Nunca está de más repetirlo.',
        'Dale tiempo a él y date tiempo a ti —por lo general, al menos un mes es un buen plazo— para calmarse y pensar con claridad.',
        'Si te acercas a él demasiado pronto después de la ruptura, es probable que se aleje aún más.',
        'Resiste las ganas —y vas a tenerlas— de escribirle, llamarlo o mandarle un correo, ya sea para hablar a fondo de lo que sientes por la ruptura o para rogarle que vuelva contigo.',
        'Por mucho que sientas que él necesita saber sí o sí lo que piensas de la situación, recuerda que lo que digas ahora podría arruinar para siempre cualquier posibilidad que todavía tengan los dos de volver a estar juntos.',
        'Tanto descargar toda tu rabia en un sermón irracional como suplicar su atención harán mucho más mal que bien.',
        'En lugar de suplicarle a tu ex o de descargarte con él, busca el oído comprensivo de tus amistades y seres queridos.',
        'O escríbele una carta (pero no se la envíes), sal a caminar o a correr un buen rato, o haz cualquier otra cosa que te ayude a canalizar tus sentimientos de forma sana y positiva.',
      ],
    },
    {
      number: 2,
      title: 'Acércate a él con calma y sensatez cuando estés en condiciones.',
      body: [
        'Cuando haya pasado suficiente tiempo como para que ya no sientas la necesidad de rogarle ni de reprocharle nada, puedes empezar a tantear el terreno.',
        'Para el primer contacto, suele ser mejor un mensaje de texto o un correo electrónico: te permite decir lo que necesitas sin interrupciones y evita que te involucres demasiado, demasiado pronto.',
        'Que tu mensaje sea breve y sencillo.',
        'Salúdalo brevemente, pide perdón por lo que tengas que pedir perdón y dile que te gustaría hablar con él si está preparado.',
        'Resiste la tentación de hacer dramas o de vomitar tus emociones por todas partes (le ha pasado a cualquiera).',
        'No lo fuerces.',
        'Si él todavía no está preparado para hablar, no insistas.',
        'Dale el tiempo que necesite y luego vuelve a acercarte a él de la misma forma tranquila y sin presiones que la primera vez.',
      ],
    },
    {
      number: 3,
      title: 'Reúnete con él para charlar de manera informal.',
      body: [
        'Cuando los dos estén listos para hablar, propón un encuentro para tomar un café y ponerse al día.',
        'Ten claro desde el principio que, por ahora, solo se trata de ponerse al día.',
        'No intentes reactivar la relación antes de tiempo.',
        'Antes de ir más allá, primero los dos necesitan volver a conocerse con calma.',
      ],
    },
    {
      number: 4,
      title: 'Pídele hablar sobre la relación.',
      body: [
        'Una vez que hayan retomado un trato amistoso, pregúntale si estaría dispuesto a hablar de la relación y de la ruptura.',
        'De nuevo: si él no está preparado, prepárate para esperar y no insistas.',
      ],
    },
    {
      number: 5,
      title: 'Prepárate.',
      body: [
        'Si llegan a sentarse a hablar en serio sobre la relación, puede que la conversación sea difícil.',
        'Va a haber mucho que aclarar, así que pide comida para llevar, ten a mano algo de vino y prepárate para una sinceridad brutal.',
      ],
    },
    {
      number: 6,
      title: 'Acepta el resultado.',
      body: [
        'Si los dos deciden darle otra oportunidad a la relación, prepárate para poner el esfuerzo necesario.',
        'Si al final los dos no logran ponerse de acuerdo para retomar la relación, reconoce con orgullo que lo intentaste y recuerda que no todas las relaciones pueden funcionar y que vas a estar bien.',
      ],
    },
    {
      number: 7,
      title: 'Empieza poco a poco.',
      body: [
        'Terminaron por una razón, y no será sano fingir que la ruptura nunca ocurrió y volver de golpe a donde lo dejaron.',
        'Trata esto como una relación nueva, porque lo es.',
        'Ya no es la relación de antes: son los dos empezando de nuevo.',
        'No vuelvas a caer en los viejos hábitos, sobre todo si contribuyeron a la ruptura. Por ejemplo, si tenías la costumbre de molestarte cuando él no te llamaba, busca con él una solución para que los dos tengan lo que necesitan y no vuelvan a caer en los viejos hábitos, que solo acumularán frustración y resentimiento.',
      ],
    },
    {
      number: 8,
      title: 'Aborda los problemas de fondo.',
      body: [
        'Si tu ex y tú han decidido volver, recuerda el motivo de la ruptura y abórdalo.',
        'Ten con él una conversación sincera sobre lo que cada uno quiere de la relación y sobre cómo pueden colaborar para lograrlo.',
      ],
    },
    {
      number: 9,
      title: 'Reconoce los agravios del pasado y abórdalos en la medida necesaria.',
      body: [
        'Luego acuerda con él dejarlos en el pasado.',
        'No se echen en cara los agravios del pasado: eso hará muy difícil avanzar en la relación.',
      ],
    },
    {
      number: 10,
      title: 'Cumple lo acordado y responde por tus actos.',
      body: [
        'Después de hablar de lo que necesita cada uno, cumplan con lo hablado.',
        'Si alguno de los dos no hace lo que prometió, el otro debe decírselo.',
        'Si tienes que señalarle algo, no lo hagas en tono acusador ni con rabia.',
        'Recuérdale con calma lo que ya habían hablado los dos sobre el tema y explícale con paciencia por qué lo que hizo (o lo que no hizo) no cumple con tus expectativas.',
      ],
    },
    {
      number: 11,
      title: 'Céntrate en el presente.',
      body: [
        'No te obsesiones con lo que cada uno hizo o pudo haber hecho mientras estaban separados.',
        'No indagues si salió o se acostó con otras personas, porque lo más probable es que eso solo te devuelva al dolor y al resentimiento.',
        'Sin embargo, es razonable pedirle a tu pareja que se haga pruebas de infecciones de transmisión sexual antes de retomar la intimidad.',
      ],
    },
    {
      number: 12,
      title: 'Aprende a reconocer cuándo es hora de terminar.',
      body: [
        'Al final, aunque los dos hagan todo bien y den lo mejor de sí, puede que la relación no funcione.',
        'Ten presente que, si la relación no funciona, es muy posible seguir siendo amigos (si no justo después, con un poco de tiempo).',
        'Y ten presente que las relaciones —y su final— son parte de la vida, por triste y difícil que eso parezca en este momento.',
        'Permítete hacer el duelo por la relación si decides ponerle fin.',
        'No intentes evitar ni reprimir tus emociones: la única forma de seguir adelante y sentirte mejor es afrontar lo que sientes.',
        'No les tengas miedo; simplemente reconócelas y deja que sigan su curso.',
        'Para más información, consulta «Cómo ser una buena persona después de una ruptura» y «Cómo respetarte después de una ruptura».',
        'Trátate con amabilidad.',
        'No te castigues porque la relación no funcionó.',
        'Si cometiste errores, reconócelos, decide aprender de ellos y sigue adelante.',
        'Castigarte no va a mejorar nada de la situación.',
        'Deja que tus amistades y tu familia te acompañen mientras superas la relación: su apoyo puede ser fundamental.',
      ],
    },
    {
      number: 13,
      title: 'Mantén la cabeza fría.',
      body: [
        'Después de una ruptura, es natural sentir tristeza, soledad, malestar e incluso un poco de desorientación.',
        'Así que, mientras piensas en volver con tu ex o lo intentas, revisa una y otra vez tus motivos.',
        'Piensa bien por qué terminaron.',
        'Mientras intentas volver con tu ex, es importante no obsesionarte con volver solo por volver.',
        'Tómate un tiempo para pensar si de verdad quieres (o debes) estar con esta persona.',
        'Si terminaron (aunque sea en parte) porque tu pareja hizo algo hiriente o irrespetuoso, o simplemente porque la relación no te satisfacía, tómate en serio esas razones y deja atrás la relación.',
        'Si vas a arrastrar el dolor, la rabia o el resentimiento del pasado, replantéate volver.',
        'A menos que los dos sean capaces de resolver los problemas del pasado y tengan un plan claro para seguir adelante, la relación pronto volverá a caer en los mismos problemas que los separaron la primera vez.',
        'Si en la relación hubo maltrato de cualquier tipo, no vuelvas a ella.',
        'Punto.',
        'No esperes que las cosas sean distintas: no lo serán.',
      ],
    },
    {
      number: 14,
      title: 'Examina con honestidad tus motivos para intentar recuperar a tu ex.',
      body: [
        'Si intentas que vuelva por las razones equivocadas, les haces un flaco favor a ti y a él, y te encaminas al fracaso.',
        '¿Quieres volver porque de verdad crees que la relación tiene futuro para los dos? ¿O es porque te sientes emocionalmente vulnerable, tienes el orgullo herido o las dos cosas? Si esos son tus motivos, solo te van a traer más problemas.',
        'Mejor pon tu energía en seguir adelante.',
        'Recuerda que superar esta ruptura por tu cuenta no solo es posible, sino que puede dejarte más fuerte y con más confianza que al principio.',
        'Piensa por qué quieres tenerlo cerca.',
        '¿Es porque quieres a alguien con quien ir al cine? ¿Porque no sabes qué hacer con tu día sin él? ¿Porque te falta seguridad si no tienes pareja? Si es así, deja de intentar volver y empieza a seguir adelante.',
        'Es el momento de hablarte con una honestidad brutal.',
        'Volver por las razones equivocadas no solo dará lugar a una mala relación, sino probablemente a una ruptura aún más dolorosa.',
      ],
    },
    {
      number: 15,
      title:
        'Vuelve con él por las razones correctas: porque te importa y de verdad tienes esperanza en la relación.',
      body: [
        'Hazlo con buenas intenciones.',
        'No intentes volver solo para demostrar que puedes.',
        'Y, del mismo modo, no intentes volver para después vengarte engañándolo, dejándolo, etc.',
        'Eso no va a compensar lo que te hirió en primer lugar, y solo los va a arrastrar a los dos por un lodazal emocional muy desagradable.',
      ],
    },
  ],
} satisfies GuideTranslation;
