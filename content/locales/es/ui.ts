// Todo lo demás que dice el widget, en español, y las líneas de ayuda para quien lee en español.
// Números y plurales con Intl, con las reglas del español. Cada número de las líneas de ayuda está
// confirmado por la fuente que cita content/README.md («Languages»).
import type { HelpLine, UiText } from '../../types.ts';

const numbers = new Intl.NumberFormat('es');
const plurals = new Intl.PluralRules('es');
const n = (value: number) => numbers.format(value);

export const ui = {
  lang: 'es',
  dir: 'ltr',
  intro: {
    heading: '¿Deberías intentar volver con él?',
    lead: 'Responde unas preguntas y obtén los pasos de la guía «Cómo lograr que tu exnovio vuelva contigo» que encajan con tu situación actual, y por qué.',
    length: (most: number) =>
      `Como máximo ${n(most)} ${plurals.select(most) === 'one' ? 'pregunta corta' : 'preguntas cortas'}: unos dos minutos.`,
    privacy: 'Tus respuestas se quedan en este dispositivo. No se envía ni se guarda nada.',
    privacyWithPersist:
      'Tus respuestas se quedan en este dispositivo. Se conservan en esta pestaña del navegador hasta que la cierres, y no se envía nada a ningún sitio.',
    start: 'Empezar',
  },
  question: {
    // Los recuentos `left` incluyen la pregunta actual; se dice cuántas pueden venir después.
    progress: (number: number, fewestLeft: number, mostLeft: number) => {
      const question = `Pregunta ${n(number)}`;
      if (mostLeft <= 1) return `${question}, la última`;
      if (fewestLeft === mostLeft) return `${question} de ${n(number + mostLeft - 1)}`;
      if (fewestLeft <= 1) return `${question}, hasta ${n(mostLeft - 1)} más después de esta`;
      return `${question}, de ${n(fewestLeft - 1)} a ${n(mostLeft - 1)} más después de esta`;
    },
    continue: 'Continuar',
    back: 'Atrás',
    errorPrefix: 'Error:',
    errorSingle: 'Elige una respuesta para continuar.',
    errorMulti: 'Elige al menos una respuesta para continuar.',
  },
  outcome: {
    stepsHeading: 'Los pasos de la guía para ti',
    stepLabel: (number: number) => `Paso ${n(number)}`,
    readInGuide: (number: number) => `Lee el paso ${n(number)} en la guía`,
    showFullStep: 'Mostrar aquí el paso completo',
    print: 'Imprimir o guardar este plan',
    answersHeading: 'Tus respuestas',
    change: 'Cambiar',
    changeContext: (question: string) => ` tu respuesta a «${question}»`,
    restart: 'Volver a empezar',
  },
  announce: {
    exit: 'Saliendo de esta página.',
  },
  quickExit: {
    button: 'Salir de esta página',
    hint: 'O presiona Mayús (Shift) 3 veces',
    pressesLeft: (left: number) =>
      `Mayús, presiona ${n(left)} ${plurals.select(left) === 'one' ? 'vez' : 'veces'} más para salir.`,
    honesty:
      'La salida rápida oculta este cuestionario al instante, olvida tus respuestas y abre un sitio web neutral. No borra tu historial de navegación.',
  },
  safety: {
    heading: 'Hay ayuda disponible, gratuita y confidencial',
    contactName: (label: string, service: string) => `${label}, ${service}`,
  },
} satisfies UiText;

/** Las líneas de ayuda por defecto, salvo que el sitio llene el slot `resources` con las suyas. */
export const helpLines = [
  {
    name: 'Si estás en peligro ahora mismo',
    contacts: [
      { label: 'Llama al 911 (EE. UU.)', href: 'tel:911' },
      { label: 'Llama al 112 (Unión Europea, también España)', href: 'tel:112' },
    ],
  },
  {
    name: 'Línea Nacional contra la Violencia Doméstica (EE. UU., en español)',
    contacts: [
      { label: 'Llama al 1-800-799-7233', href: 'tel:+18007997233' },
      { label: 'Envía START al 88788', href: 'sms:88788?&body=START' },
      { label: 'espanol.thehotline.org', href: 'https://espanol.thehotline.org/' },
    ],
  },
  {
    name: '016, violencia contra las mujeres (España)',
    contacts: [{ label: 'Llama al 016', href: 'tel:016' }],
  },
] satisfies readonly HelpLine[];
