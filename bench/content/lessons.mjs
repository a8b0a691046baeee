// The synthetic kits and lessons (bench/content.mjs): a kit's page, and lessons whose frontmatter
// (objectives, materials, steps, activity sheet) and body are generic classroom Spanish, each with
// its Quechua draft, linked to a section of one of the synthetic protocols.
import { QU_STEPS, quSentence } from './quechua.mjs';
import { between, frontmatter, pad, paragraph, pastDay, pick, SOURCE, words, yamlString } from './text.mjs';

const LESSON_SUBJECTS = ['Cada grupo', 'La o el docente', 'Cada estudiante', 'Quien facilita la sesión', 'Cada pareja', 'El grupo completo'];
const LESSON_VERBS = ['conversa sobre', 'escribe en una tarjeta', 'dibuja', 'comparte en voz alta', 'lee en silencio', 'ordena', 'compara', 'anota en la pizarra'];
const LESSON_OBJECTS = [
  'una situación inventada',
  'las personas de confianza de su entorno',
  'las señales que le hicieron dudar',
  'los pasos para pedir ayuda',
  'una historia breve sin nombres reales',
  'las ideas del grupo',
  'lo que aprendió en la sesión',
  'una pregunta que le gustaría hacer',
];
const LESSON_COMPLEMENTS = [
  'durante unos minutos',
  'sin juzgar a nadie',
  'con ayuda de la hoja de actividad',
  'respetando los turnos para hablar',
  'antes de pasar al siguiente paso',
  'en un ambiente tranquilo',
  'si así lo desea',
];
const LESSON_STANDALONE = [
  'Nadie está obligado a contar experiencias personales.',
  'Pedir ayuda siempre es posible y nunca es motivo de vergüenza.',
  'La culpa nunca es de quien fue engañado.',
  'Las historias de la sesión son inventadas y no usan nombres reales.',
  'Si alguien cuenta algo que preocupa, se le escucha a solas y se sigue la ruta de derivación de la institución.',
  'Adapta la actividad a la lengua y a la realidad de tu grupo.',
];
const LESSON_THEMES = [
  'personas de confianza',
  'pedir ayuda a tiempo',
  'ofertas que parecen demasiado buenas',
  'cuidarnos en internet',
  'viajar con seguridad',
  'nuestros derechos',
  'secretos que se cuentan',
  'la red que nos protege',
  'aprender a decir que no',
  'reconocer señales de alerta',
];
const STEP_TITLES = ['Bienvenida', 'Conversamos', 'Trabajo en grupos', 'Compartimos', 'Leemos una historia', 'Dibujamos', 'Juego de roles', 'Lluvia de ideas', 'Puesta en común'];
const MATERIALS = ['Papelógrafos y plumones', 'Tarjetas de colores', 'Hoja de actividad impresa', 'Una historia breve impresa', 'Cinta adhesiva', 'Lápices de colores', 'Pizarra y tizas'];
const OBJECTIVES = [
  'Reconocer las señales de una situación de riesgo.',
  'Identificar a las personas adultas de confianza de su entorno.',
  'Practicar cómo pedir ayuda de forma segura.',
  'Conversar sobre los derechos de niñas, niños y adolescentes.',
  'Saber a quién acudir cuando algo incomoda.',
  'Distinguir un secreto que cuida de uno que pone en riesgo.',
];
const SHEET_ITEMS = [
  'Una persona de confianza en mi casa: …',
  'Una persona de confianza en mi escuela o comunidad: …',
  'Una señal que me haría dudar: …',
  'Lo que haría si algo me incomoda: …',
  'Una pregunta que todavía tengo: …',
  'Algo que aprendí hoy: …',
];
const LESSON_SECTIONS = ['Antes de empezar', 'Si alguien cuenta algo', 'Adaptaciones', 'Para seguir conversando'];
export const LEVELS = /** @type {const} */ (['primaria', 'secundaria', 'familias', 'comunidad', 'inicial']);
const GRADES = {
  inicial: '5 años',
  primaria: '5.º y 6.º de primaria',
  secundaria: '3.º a 5.º de secundaria',
  familias: 'Madres, padres y personas cuidadoras',
  comunidad: 'Autoridades y organizaciones de la comunidad',
};

function lessonSentence(rand) {
  if (rand() < 0.2) return pick(rand, LESSON_STANDALONE);
  return `${pick(rand, LESSON_SUBJECTS)} ${pick(rand, LESSON_VERBS)} ${pick(rand, LESSON_OBJECTS)} ${pick(rand, LESSON_COMPLEMENTS)}.`;
}

/** The page of synthetic kit `k`. */
export function kitFile(rand, k, level, campaign) {
  const num = pad(k, 2);
  const updated = pastDay(rand);
  return (
    frontmatter([
      `title: ${yamlString(`Kit de ejemplo ${num} (${level})`)}`,
      `description: ${yamlString('Kit de ejemplo generado para la prueba de rendimiento: sesiones genéricas de prevención, sin datos reales.')}`,
      `updated: ${updated}`,
      `reviewed: ${updated}`,
      'sample: true',
      `level: ${level}`,
      campaign ? `campaigns:\n  - ${campaign}` : 'campaigns: []',
      `order: ${100 + k}`,
      ...SOURCE,
    ]) +
    `${paragraph(rand, lessonSentence, 3, 5)}\n\n## Antes de usar el kit\n\n${paragraph(rand, lessonSentence, 3, 5)}\n`
  );
}

/**
 * The Spanish file of synthetic lesson `n` (the `order`th of its kit) and its Quechua draft,
 * linked to a section of `protocol`, with its word count (frontmatter included).
 */
export function lessonFiles(rand, n, order, level, protocol) {
  const num = pad(n);
  const theme = pick(rand, LESSON_THEMES);
  const updated = pastDay(rand);
  const stepCount = between(rand, 3, 5);
  const steps = Array.from({ length: stepCount }, (_, i) => ({
    title: STEP_TITLES[(i + n) % STEP_TITLES.length],
    qu: QU_STEPS[(i + n) % QU_STEPS.length],
    minutes: pick(rand, [5, 10, 10, 15, 15, 20]),
    text: paragraph(rand, lessonSentence, 2, 3),
    quText: paragraph(rand, quSentence, 2, 3),
  }));
  const duration = steps.reduce((sum, s) => sum + s.minutes, 0);
  const objectives = [...new Set([pick(rand, OBJECTIVES), pick(rand, OBJECTIVES), pick(rand, OBJECTIVES)])];
  const materials = [...new Set([pick(rand, MATERIALS), pick(rand, MATERIALS), pick(rand, MATERIALS)])];
  const items = [...new Set(Array.from({ length: 5 }, () => pick(rand, SHEET_ITEMS)))];
  const section = pick(rand, protocol.sections);
  const shared = [
    `level: ${level}`,
    `grades: ${yamlString(GRADES[level])}`,
    `duration: ${duration}`,
    `updated: ${updated}`,
    `reviewed: ${updated}`,
    'sample: true',
    ...SOURCE,
    `protocols:\n  - protocol: ${protocol.slug}\n    section: "${section}"`,
    `order: ${order}`,
  ];
  const esFields = [
    `title: ${yamlString(`Sesión de ejemplo ${num}: ${theme}`)}`,
    `description: ${yamlString(`Sesión de ejemplo generada para la prueba de rendimiento, sobre ${theme}.`)}`,
    ...shared,
    'objectives:',
    ...objectives.map((o) => `  - ${yamlString(o)}`),
    'materials:',
    ...materials.map((m) => `  - ${yamlString(m)}`),
    'steps:',
    ...steps.flatMap((s) => [`  - title: ${yamlString(s.title)}`, `    minutes: ${s.minutes}`, `    text: ${yamlString(s.text)}`]),
    `closing: ${yamlString(paragraph(rand, lessonSentence, 1, 2))}`,
    `evaluation: ${yamlString(paragraph(rand, lessonSentence, 1, 2))}`,
    'sheet:',
    `  title: ${yamlString(`Hoja de actividad: ${theme}`)}`,
    `  instructions: ${yamlString('Completa la hoja con calma. No escribas nombres reales de otras personas.')}`,
    '  items:',
    ...items.map((i) => `    - ${yamlString(i)}`),
  ];
  const target = between(rand, 400, 700);
  let bodyWords = words(esFields.join(' '));
  const parts = [paragraph(rand, lessonSentence, 2, 4)];
  for (let s = 0; bodyWords + words(parts.join(' ')) < target; s++) {
    parts.push(`## ${LESSON_SECTIONS[s % LESSON_SECTIONS.length]}`, paragraph(rand, lessonSentence, 3, 5));
  }
  const esBody = parts.join('\n\n');
  const es = frontmatter(esFields) + `${esBody}\n`;
  const qu =
    frontmatter([
      `title: ${yamlString(`Qhawarinapaq yachachiy ${num}`)}`,
      `description: ${yamlString('Qhawarinapaq yachachiy, sitiopa rendimientonta yupanapaq ruwasqa.')}`,
      ...shared,
      'translation: draft',
      `translatedFrom: ${updated}`,
      'objectives:',
      ...objectives.map(() => `  - ${yamlString(quSentence(rand))}`),
      'materials:',
      ...materials.map((m) => `  - ${yamlString(m)}`),
      'steps:',
      ...steps.flatMap((s) => [`  - title: ${yamlString(s.qu)}`, `    minutes: ${s.minutes}`, `    text: ${yamlString(s.quText)}`]),
      `closing: ${yamlString(quSentence(rand))}`,
      `evaluation: ${yamlString(quSentence(rand))}`,
      'sheet:',
      `  title: ${yamlString(`Ruwanapaq p'anqa ${num}`)}`,
      `  instructions: ${yamlString("Kay p'anqata hawka sunquwan huntay.")}`,
      '  items:',
      ...items.map(() => `    - ${yamlString(`${quSentence(rand)} …`)}`),
    ]) + `${paragraph(rand, quSentence, 4, 8)}\n\n## Manaraq qallarishaspa\n\n${paragraph(rand, quSentence, 4, 8)}\n`;
  return { slug: `sesion-de-ejemplo-${num}`, es, qu, words: words(esFields.join(' ')) + words(esBody) };
}

