// Synthetic content for the build benchmark (scripts/bench.mjs): protocols and kits with lessons,
// written as MDX into a copy of content/. The text is generic procedural prose assembled from the
// word banks below with a seeded PRNG, so the same N always gives the same files. It states no
// real-world fact (no numbers, laws, institutions or phone numbers), and every entry is marked
// `sample: true`. The Quechua is filler of the same shape, assembled the same way: a draft that
// only gives the Quechua index and pages realistic size.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Lessons per generated kit (the site's own kits have four; larger kits make larger kit PDFs). */
export const LESSONS_PER_KIT = 10;

/**
 * A small seeded PRNG (mulberry32): the same seed gives the same numbers, in [0, 1).
 * @param {number} seed
 * @returns {() => number}
 */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------- Spanish: protocols

const SUBJECTS = [
  'La persona responsable del caso',
  'El equipo de protección de la institución',
  'La docente o el docente de turno',
  'La coordinación local',
  'El personal de salud que atiende',
  'La persona que recibe el aviso',
  'La dirección de la institución',
  'El personal municipal de atención al público',
  'La persona de contacto designada',
  'Quien acompaña a la niña, el niño o el adolescente',
];
const VERBS = [
  'registra por escrito',
  'revisa con cuidado',
  'comunica sin demora',
  'guarda en un lugar seguro',
  'comparte solo con quien debe conocer',
  'confirma',
  'anota con palabras sencillas',
  'explica con calma',
  'envía a la institución que corresponde',
  'actualiza',
];
const OBJECTS = [
  'los hechos observados',
  'la fecha y la hora de la atención',
  'la ficha de derivación',
  'las señales de alerta descritas en esta sección',
  'los datos de la persona adulta de confianza',
  'las medidas de protección acordadas',
  'el acta de la reunión de coordinación',
  'lo que la niña, el niño o el adolescente contó',
  'el estado del seguimiento',
  'los pasos que siguen',
];
const COMPLEMENTS = [
  'antes de terminar la jornada',
  'sin hacer preguntas que hagan revivir lo ocurrido',
  'en un lenguaje claro y sencillo',
  'siguiendo el orden de este documento',
  'sin poner en riesgo a nadie',
  'dentro del plazo que fija la institución',
  'con el acuerdo de la persona atendida, cuando es posible',
  'y deja constancia en el registro del caso',
  'en presencia de una segunda persona del equipo',
  'cada vez que hay un dato nuevo',
];
const CONNECTORS = ['Después, ', 'Además, ', 'En todos los casos, ', 'Si es necesario, ', 'Al mismo tiempo, ', 'Luego, ', 'Cuando corresponde, ', '', '', ''];
const STANDALONE = [
  'Nadie debe investigar por su cuenta ni enfrentar a la persona sospechosa.',
  'La seguridad de la niña, el niño o el adolescente va siempre primero.',
  'Ante una sospecha de trata de personas no hace falta tener pruebas para avisar.',
  'La información del caso es confidencial y no se comenta con otras personas.',
  'Si hay peligro inmediato, se pide ayuda de emergencia antes de cualquier otro paso.',
  'Cada paso queda registrado con su fecha, su hora y el nombre de quien lo realizó.',
  'La víctima nunca tiene la culpa de lo que le ocurrió.',
  'Las preguntas se limitan a lo necesario para proteger.',
  'Cuando la persona atendida habla otra lengua, se busca apoyo para atenderla en su lengua.',
  'Ningún dato del caso se publica ni se comparte en redes sociales.',
  'Quien tenga dudas consulta con la persona responsable antes de actuar.',
  'La familia recibe información solo si eso no pone en riesgo a la niña, el niño o el adolescente.',
  'Este procedimiento se aplica del mismo modo en la ciudad y en el campo.',
  'La protección frente a la trata es una tarea compartida por toda la comunidad.',
];
const SECTION_TITLES = [
  'Objetivo y alcance',
  'A quién se dirige',
  'Principios de actuación',
  'Señales de alerta',
  'Primer contacto',
  'Escuchar sin juzgar',
  'Registro de la información',
  'Derivación del caso',
  'Coordinación entre instituciones',
  'Seguimiento',
  'Confidencialidad y protección de datos',
  'Comunicación con la familia',
  'Situaciones de urgencia',
  'Cuidado del equipo',
  'Responsabilidades',
  'Formación del personal',
  'Atención en la lengua de la persona',
  'Revisión de este documento',
];
const SUBSECTION_TITLES = [
  'Qué hacer',
  'Qué no hacer',
  'Quién lo hace',
  'En qué momento',
  'Qué se registra',
  'Plazos',
  'Casos especiales',
  'Ejemplo de aplicación',
  'Preguntas frecuentes',
  'Materiales de apoyo',
];
const TOPICS = [
  'atención inicial en la escuela',
  'registro y derivación en establecimientos de salud',
  'coordinación municipal ante una sospecha',
  'acompañamiento a las familias',
  'atención en terminales de transporte',
  'prevención en espacios comunitarios',
  'seguimiento de los casos derivados',
  'atención en albergues y residencias',
  'orientación en servicios de turismo',
  'prevención en el trabajo adolescente',
];
const AUDIENCES = ['docentes', 'personal de salud', 'personal municipal', 'personal de transporte', 'promotoras y promotores comunitarios'];

// ---------------------------------------------------------------- Spanish: lessons

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
const LEVELS = /** @type {const} */ (['primaria', 'secundaria', 'familias', 'comunidad', 'inicial']);
const GRADES = {
  inicial: '5 años',
  primaria: '5.º y 6.º de primaria',
  secundaria: '3.º a 5.º de secundaria',
  familias: 'Madres, padres y personas cuidadoras',
  comunidad: 'Autoridades y organizaciones de la comunidad',
};

// ---------------------------------------------------------------- Quechua (draft filler)

const QU_SUBJECTS = ['Yachachiqqa', 'Hampiqqa', "Llamk'aqqa", 'Kamachiqqa', 'Willakuyta chaskiqqa', 'Ayllu umalliqqa'];
const QU_COMPLEMENTS = ["sapa p'unchaw", 'hawka sunquwan', 'mana pitapas sasachaspa', 'institucionpa kamachisqanman hina', 'ayllunwan rimaspa', 'mana qunqaspa'];
const QU_OBJECTS = ['rikusqanta', 'willakuyta', "p'unchawta horatapas", 'wawapa rimasqanta', 'qillqata', 'ruwanakunata'];
const QU_VERBS = ['qillqan', 'qhawarin', 'willan', 'waqaychan', 'uyarin', 'yachachin'];
const QU_STANDALONE = [
  'Wawaqa manam huchayuqchu.',
  "Wawakunata amachanaqa llapanchikpa llamk'ayninchikmi.",
  'Kay qillqaqa qhawarinapaq qillqallam, manam kamachisqa qillqachu.',
  'Yachasqanchikqa pakasqallam kanan.',
  'Peligro kaptinqa, usqhaylla yanapayta mañakunchik.',
  'Pipas mana sapallan tapukunanchu.',
  "Sapa ruwaytam huk p'anqapi qillqana.",
];
const QU_SECTIONS = [
  'Imapaq kay qillqa',
  'Pikunapaq',
  'Imaynatam qhawarina',
  'Ñawpaq rimanakuy',
  'Qillqana',
  'Willana',
  'Qatipana',
  'Pakasqa willakuykuna',
  'Ayllunwan rimay',
  'Usqhaylla ruwana',
  "Llamk'aqkunata waqaychay",
];
const QU_SUBSECTIONS = ['Ima ruwana', 'Ima mana ruwanachu', 'Pim ruwan', 'Haykapmi'];
const QU_STEPS = ['Napaykuy', 'Rimanakunchik', "Huñupi llamk'anchik", 'Willanakunchik', 'Huk willakuyta ñawinchanchik', "Siq'inchik", 'Tukuchiy'];

// ---------------------------------------------------------------- writing helpers

/**
 * @template T
 * @param {() => number} rand
 * @param {readonly T[]} list
 * @returns {T}
 */
const pick = (rand, list) => /** @type {T} */ (list[Math.floor(rand() * list.length)]);
const between = (rand, min, max) => min + Math.floor(rand() * (max - min + 1));
/** Fisher–Yates, with the seeded PRNG. */
function shuffle(rand, items) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
const lower = (s) => s.charAt(0).toLowerCase() + s.slice(1);
const words = (s) => s.split(/\s+/).filter(Boolean).length;
const yamlString = (s) => JSON.stringify(s);
const pad = (n, width = 4) => String(n).padStart(width, '0');

function esSentence(rand) {
  if (rand() < 0.25) return pick(rand, STANDALONE);
  const connector = pick(rand, CONNECTORS);
  const subject = pick(rand, SUBJECTS);
  const body = `${connector ? lower(subject) : subject} ${pick(rand, VERBS)} ${pick(rand, OBJECTS)} ${pick(rand, COMPLEMENTS)}.`;
  return connector + body;
}

function lessonSentence(rand) {
  if (rand() < 0.2) return pick(rand, LESSON_STANDALONE);
  return `${pick(rand, LESSON_SUBJECTS)} ${pick(rand, LESSON_VERBS)} ${pick(rand, LESSON_OBJECTS)} ${pick(rand, LESSON_COMPLEMENTS)}.`;
}

function quSentence(rand) {
  if (rand() < 0.25) return pick(rand, QU_STANDALONE);
  return `${pick(rand, QU_SUBJECTS)} ${pick(rand, QU_COMPLEMENTS)} ${pick(rand, QU_OBJECTS)} ${pick(rand, QU_VERBS)}.`;
}

const paragraph = (rand, sentence, min, max) => Array.from({ length: between(rand, min, max) }, () => sentence(rand)).join(' ');
const list = (rand, sentence, numbered) =>
  Array.from({ length: between(rand, 3, 5) }, (_, i) => `${numbered ? `${i + 1}.` : '-'} ${sentence(rand)}`).join('\n');

/**
 * A body of `##` sections (some with `###` subsections) of about `target` words.
 * @returns {{ text: string, sections: string[] }} the Markdown and its section numbers ("1", "1.2")
 */
function sectionedBody(rand, target, { sentence, titles, subtitles, intro }) {
  const parts = [intro];
  const sections = [];
  let count = words(intro);
  const add = (block) => {
    parts.push(block);
    count += words(block);
  };
  const usedTitles = shuffle(rand, titles);
  for (let n = 1; count < target; n++) {
    add(`## ${usedTitles[(n - 1) % usedTitles.length]}`);
    sections.push(String(n));
    add(paragraph(rand, sentence, 3, 6));
    if (rand() < 0.35) add(list(rand, sentence, rand() < 0.4));
    if (rand() < 0.5) {
      const subs = between(rand, 1, 3);
      for (let s = 1; s <= subs && count < target; s++) {
        add(`### ${subtitles[(n + s) % subtitles.length]}`);
        sections.push(`${n}.${s}`);
        add(rand() < 0.3 ? list(rand, sentence, false) : paragraph(rand, sentence, 2, 5));
      }
    }
  }
  return { text: parts.join('\n\n'), sections };
}

/**
 * The Quechua draft of a Spanish body, block by block: the same headings at the same levels (so
 * section numbers match, as in a real translation), lists of the same length, shorter paragraphs.
 */
function quechuaOf(rand, esText, intro) {
  const blocks = esText.split('\n\n');
  let n = 0;
  return [
    intro,
    ...blocks.slice(1).map((block) => {
      n++;
      if (block.startsWith('## ')) return `## ${QU_SECTIONS[n % QU_SECTIONS.length]}`;
      if (block.startsWith('### ')) return `### ${QU_SUBSECTIONS[n % QU_SUBSECTIONS.length]}`;
      const lines = block.split('\n');
      if (/^(-|\d+\.) /.test(lines[0] ?? '')) return lines.map((line) => `${/^\d+\./.exec(line)?.[0] ?? '-'} ${quSentence(rand)}`).join('\n');
      return paragraph(rand, quSentence, 2, Math.max(2, Math.round(block.split('. ').length * 0.8)));
    }),
  ].join('\n\n');
}

/** A day between 2025-03-01 and 2026-10-31 (before the build's today), YYYY-MM-DD. */
function pastDay(rand) {
  const start = Date.UTC(2025, 2, 1);
  const end = Date.UTC(2026, 9, 31);
  return new Date(start + Math.floor(rand() * ((end - start) / 86_400_000)) * 86_400_000).toISOString().slice(0, 10);
}

function frontmatter(lines) {
  return `---\n${lines.filter((l) => l !== undefined).join('\n')}\n---\n\n`;
}

const SOURCE = [
  'sources:',
  '  - title: "Texto de ejemplo generado por scripts/bench.mjs"',
  '    document: "Generado automáticamente para la prueba de rendimiento; no es una fuente real"',
];

// ---------------------------------------------------------------- entries

function protocolFiles(rand, n, regions) {
  const num = pad(n);
  const topic = pick(rand, TOPICS);
  const updated = pastDay(rand);
  const effective = updated; // in force from the day it was written
  const region = regions.length > 0 && rand() < 0.3 ? pick(rand, regions) : undefined;
  const audience = [...new Set([pick(rand, AUDIENCES), pick(rand, AUDIENCES)])];
  const target = between(rand, 800, 1500);
  const body = sectionedBody(rand, target, {
    sentence: esSentence,
    titles: SECTION_TITLES,
    subtitles: SUBSECTION_TITLES,
    intro: `Este es un **documento de ejemplo** generado para medir el rendimiento del sitio: no es un protocolo oficial y ninguna entidad lo ha aprobado. Describe un procedimiento genérico de ${topic}.`,
  });
  const common = (lang) => [
    'version: "1.0"',
    'status: vigente',
    `effective: ${effective}`,
    'audience:',
    ...audience.map((a) => `  - ${yamlString(a)}`),
    region ? `regions:\n  - ${region}` : 'regions: []',
    `changelog: ${yamlString(lang === 'es' ? 'Primera versión del texto de ejemplo.' : 'Qhawarinapaq qillqapa ñawpaq kaqnin.')}`,
    `updated: ${updated}`,
    `reviewed: ${updated}`,
    'sample: true',
    ...SOURCE,
  ];
  const es =
    frontmatter([
      `title: ${yamlString(`Protocolo de ejemplo ${num}: ${topic}`)}`,
      `shortTitle: ${yamlString(`Protocolo de ejemplo ${num}`)}`,
      `description: ${yamlString(`Texto de ejemplo generado para la prueba de rendimiento: un procedimiento genérico de ${topic}.`)}`,
      ...common('es'),
    ]) + `${body.text}\n`;
  const quBody = quechuaOf(
    rand,
    body.text,
    'Kay qillqaqa **qhawarinapaq qillqallam**: manam kamachisqa protocolochu. Sitiopa rendimientonta yupanapaqmi ruwasqa.',
  );
  const qu =
    frontmatter([
      `title: ${yamlString(`Qhawarinapaq protocolo ${num}`)}`,
      `shortTitle: ${yamlString(`Protocolo ${num}`)}`,
      `description: ${yamlString('Qhawarinapaq qillqa, sitiopa rendimientonta yupanapaq ruwasqa.')}`,
      ...common('qu'),
      'translation: draft',
      `translatedFrom: ${updated}`,
    ]) + `${quBody}\n`;
  return { slug: `protocolo-de-ejemplo-${num}`, es, qu, sections: body.sections, words: words(body.text) };
}

function kitFile(rand, k, level, campaign) {
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

function lessonFiles(rand, n, order, level, protocol) {
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
    ]) + `${paragraph(rand, quSentence, 4, 8)}\n\n## Manaraq qallarichkaspa\n\n${paragraph(rand, quSentence, 4, 8)}\n`;
  return { slug: `sesion-de-ejemplo-${num}`, es, qu, words: words(esFields.join(' ')) + words(esBody) };
}

/**
 * Writes `count` synthetic entries into `contentDir` (a copy of content/): about half protocols,
 * half lessons in kits of LESSONS_PER_KIT; every second protocol and every second lesson also
 * gets a draft Quechua translation.
 * @param {string} contentDir
 * @param {number} count
 * @returns {{ protocols: number, lessons: number, kits: number, quechua: number, files: number, protocolWords: number[], lessonWords: number[] }}
 */
export function writeSyntheticContent(contentDir, count) {
  const rand = prng(0x5eed0000 + count);
  const folders = (sub) => {
    try {
      return readdirSync(join(contentDir, sub)).filter((n) => !n.includes('.')).sort();
    } catch {
      return [];
    }
  };
  const regions = folders('regions');
  const campaigns = folders('campaigns');
  const write = (path, text) => {
    mkdirSync(join(contentDir, path, '..'), { recursive: true });
    writeFileSync(join(contentDir, path), text);
  };
  const stats = { protocols: 0, lessons: 0, kits: 0, quechua: 0, files: 0, protocolWords: [], lessonWords: [] };

  const protocolCount = Math.ceil(count / 2);
  const lessonCount = count - protocolCount;
  /** @type {{ slug: string, sections: string[] }[]} */
  const protocols = [];
  for (let i = 1; i <= protocolCount; i++) {
    const p = protocolFiles(rand, i, regions);
    write(`protocols/${p.slug}/1.0/es.mdx`, p.es);
    stats.files++;
    if (i % 2 === 0) {
      write(`protocols/${p.slug}/1.0/qu.mdx`, p.qu);
      stats.quechua++;
      stats.files++;
    }
    protocols.push({ slug: p.slug, sections: p.sections });
    stats.protocolWords.push(p.words);
  }
  stats.protocols = protocolCount;

  const kitCount = Math.ceil(lessonCount / LESSONS_PER_KIT);
  for (let k = 1; k <= kitCount; k++) {
    const level = LEVELS[(k - 1) % LEVELS.length] ?? 'primaria';
    const campaign = campaigns.length > 0 && k % 2 === 1 ? campaigns[(k - 1) % campaigns.length] : undefined;
    const kitSlug = `kit-de-ejemplo-${pad(k, 2)}`;
    write(`toolkits/${kitSlug}/es.mdx`, kitFile(rand, k, level, campaign));
    stats.files++;
    const first = (k - 1) * LESSONS_PER_KIT + 1;
    const last = Math.min(k * LESSONS_PER_KIT, lessonCount);
    for (let i = first; i <= last; i++) {
      const l = lessonFiles(rand, i, i - first + 1, level, pick(rand, protocols));
      write(`toolkits/${kitSlug}/lessons/${l.slug}/es.mdx`, l.es);
      stats.files++;
      if (i % 2 === 0) {
        write(`toolkits/${kitSlug}/lessons/${l.slug}/qu.mdx`, l.qu);
        stats.quechua++;
        stats.files++;
      }
      stats.lessonWords.push(l.words);
    }
  }
  stats.kits = kitCount;
  stats.lessons = lessonCount;
  return stats;
}
