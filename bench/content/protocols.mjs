// The synthetic protocols (bench/content.mjs): one version 1.0 each, 800–1,500 words of generic
// procedural Spanish from the word banks below, and the Quechua draft of the same body.
import { quechuaOf } from './quechua.mjs';
import { between, frontmatter, lower, pad, pastDay, pick, sectionedBody, SOURCE, words, yamlString } from './text.mjs';

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

function esSentence(rand) {
  if (rand() < 0.25) return pick(rand, STANDALONE);
  const connector = pick(rand, CONNECTORS);
  const subject = pick(rand, SUBJECTS);
  const body = `${connector ? lower(subject) : subject} ${pick(rand, VERBS)} ${pick(rand, OBJECTS)} ${pick(rand, COMPLEMENTS)}.`;
  return connector + body;
}

/**
 * The Spanish file of synthetic protocol `n` and its Quechua draft, with its section numbers
 * (lessons link to one) and its word count.
 */
export function protocolFiles(rand, n, regions) {
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

