/**
 * The schemas' fields explained in Spanish, for the partner staff who edit content in the editor
 * at /admin/ (src/lib/editor/ makes its forms from the schemas and takes each field's label and
 * help text from here). A key is a field name; "<collection>.<field>" gives a field its own text in
 * one collection. A test fails when a schema field has no entry here.
 */
import { defaultLocale, locales, type Locale } from '../i18n/locales';

export interface FieldDoc {
  /** The field's name on the form. */
  label: string;
  /** One plain sentence under the field: what to write, with an example. */
  hint?: string;
  /** A longer text: a box of several lines instead of one line. */
  long?: boolean;
}

const d = (label: string, hint?: string, long?: boolean): FieldDoc => ({ label, ...(hint ? { hint } : {}), ...(long ? { long } : {}) });

export const fieldDocsEs: Record<string, FieldDoc> = {
  title: d('Título', 'Se muestra como encabezado de la página y en la búsqueda.'),
  description: d('Descripción', 'Una o dos oraciones (máximo 200 caracteres) para buscadores y enlaces compartidos.', true),
  body: d('Texto', 'El texto de la página. Solo datos con fuente: nunca inventes un teléfono, una dirección, un nombre, una cifra, un artículo de ley ni una fecha.'),
  updated: d('Última actualización', 'El día en que el texto cambió por última vez (AAAA-MM-DD).'),
  sources: d('Fuentes', 'De dónde vienen los datos de esta entrada: al menos una, salvo en el contenido de ejemplo.'),
  reviewed: d('Revisado el', 'El día en que alguien comprobó esta entrada con sus fuentes (AAAA-MM-DD).'),
  sample: d('Contenido de ejemplo', 'Marca esta casilla si la entrada no es real: el sitio la muestra como ejemplo y la publicación final la rechaza.'),
  translation: d('Estado de la traducción', 'Solo en quechua: "draft" (borrador) hasta que una persona hablante revise el texto.'),
  translatedFrom: d('Traducido desde la versión del', 'Solo en quechua: la fecha de "Última actualización" del texto en castellano que se tradujo.'),
  reviewedBy: d('Revisado por', 'Solo en traducciones revisadas: nombre de la persona hablante que revisó el texto, y su institución.'),
  reviewedOn: d('Revisado el', 'Solo en traducciones revisadas: el día de la revisión (AAAA-MM-DD).'),
  url: d('Dirección web', 'La dirección completa, que empieza con https://'),
  document: d('Documento', 'Cuando no hay dirección web: el documento impreso u oficial, por ejemplo una resolución con su número.'),
  publisher: d('Quién lo publicó', 'Por ejemplo, "Agencia Andina".'),
  approval: d('Aprobación', 'Solo si una autoridad aprobó el documento: quién, con qué norma, cuándo y dónde se publicó.'),
  body_: d('Entidad que aprobó', 'Un ministerio o un gobierno regional.'),
  instrument: d('Norma de aprobación', 'La resolución o el decreto, con su número.'),
  source: d('Fuente de la aprobación', 'Dónde está publicada la aprobación.'),
  date: d('Fecha', 'AAAA-MM-DD.'),
  format: d('Forma de la hoja', '"lines" (líneas para escribir) o "drawing" (un recuadro para dibujar).'),
  datePrecision: d('Precisión de la fecha', '"month" si solo se sabe el mes: la página muestra "octubre de 2017" en vez del día.'),
  partners: d('Socios', 'Los socios de la Alianza que se nombran.'),
  regions: d('Regiones', 'Las regiones a las que se refiere.'),
  order: d('Orden', 'Posición en las listas: el número menor va primero.'),
  shortName: d('Nombre corto', 'Para listas y el pie de página, por ejemplo "OIT".'),
  kind: d('Tipo'),
  role: d('Papel en la Alianza', 'Qué hace en la Alianza, en una oración.', true),
  website: d('Sitio web', 'Su propio sitio, si tiene, con https://'),
  focus: d('Región foco', 'Marca la casilla para las tres regiones iniciales de la Alianza.'),
  timeline: d('Cronología', 'Hechos con fecha que la página muestra en orden.'),
  when: d('Cuándo', '"2017", "2017-10" o "2017-06-15".'),
  text: d('Texto', undefined, true),
  shortTitle: d('Título corto', 'Para listas y citas, por ejemplo "Ruta de derivación".'),
  version: d('Versión', 'El número de la versión, igual que su carpeta, por ejemplo "1.0".'),
  status: d('Estado', 'vigente, reemplazado o borrador.'),
  effective: d('En vigor desde', 'El día en que esta versión entra en vigor (AAAA-MM-DD).'),
  audience: d('Público', 'Para quién está escrito.'),
  changelog: d('Cambios', 'En una línea: qué cambió respecto de la versión anterior.'),
  level: d('Nivel', 'El público del material (inicial, primaria, secundaria, familias o comunidad).'),
  campaigns: d('Campañas', 'Campañas cuyos afiches usa el kit.'),
  grades: d('Grados', 'Por ejemplo, "4.º y 5.º de secundaria".'),
  duration: d('Duración (minutos)', 'La duración total de la sesión, en minutos.'),
  objectives: d('Objetivos', 'Al menos uno.'),
  materials: d('Materiales'),
  steps: d('Pasos'),
  minutes: d('Minutos'),
  closing: d('Cierre', 'La actividad de cierre.', true),
  evaluation: d('Evaluación', 'Cómo sabe la persona docente que se lograron los objetivos.', true),
  sheet: d('Ficha de trabajo', 'La ficha impresa para la sesión, si tiene una.'),
  instructions: d('Instrucciones', 'Qué hacen las y los estudiantes con la ficha, en una o dos oraciones.', true),
  items: d('Elementos', 'Uno por línea.'),
  protocols: d('Protocolos', 'Secciones de protocolos en las que se apoya la sesión.'),
  protocol: d('Protocolo', 'El nombre de la carpeta del protocolo en content/protocols/.'),
  section: d('Sección', 'Un número de sección de la versión vigente, por ejemplo "2.1".'),
  tools: d('Herramientas', 'Herramientas de decisión en las que se apoya la sesión.'),
  headline: d('Titular del afiche', 'Máximo 60 caracteres: se debe leer desde el otro lado de la calle.'),
  posterText: d('Texto del afiche', 'Máximo 220 caracteres: dos o tres oraciones.', true),
  hotlines: d('Líneas de ayuda', 'Las líneas que se imprimen en el afiche, en este orden (de 1 a 4).'),
  radio: d('Guiones de radio'),
  seconds: d('Duración (segundos)'),
  social: d('Textos para redes sociales', 'Máximo 280 caracteres cada uno.'),
  sector: d('Sector', 'escuelas, salud, transporte o turismo.'),
  id: d('Identificador', 'Letras minúsculas, números y guiones, sin tildes ni espacios.'),
  name: d('Nombre'),
  number: d('Número (dato del registro)', 'El identificador del dato de tipo "phone" que tiene el número.'),
  operator: d('Quién la atiende', 'Por ejemplo, "Ministerio del Interior".'),
  purpose: d('Para qué llamar', 'En una oración corta.'),
  label: d('Para qué llamar, en pocas palabras', 'Se muestra junto al número, por ejemplo "denunciar trata".'),
  hours: d('Horario (dato del registro)', 'El identificador del dato de tipo "hours". Déjalo vacío si ninguna fuente lo confirma.'),
  cost: d('Costo (dato del registro)', 'El identificador del dato de tipo "cost". Déjalo vacío si ninguna fuente lo dice.'),
  notes: d('Avisos', 'Datos del registro que quien llama debe conocer, por ejemplo un cambio anunciado.'),
  emergency: d('Línea de emergencia', 'Marca la casilla solo para la línea de emergencias.'),
  region: d('Región'),
  address: d('Dirección', 'Solo una dirección con fuente.'),
  phone: d('Teléfono (dato del registro)', 'El identificador del dato de tipo "phone" con el número propio del servicio.'),
  verified: d('Comprobado el', 'El día en que alguien comprobó el dato con sus fuentes (AAAA-MM-DD).'),
  term: d('Término'),
  definition: d('Definición', undefined, true),
  day: d('Día', 'Mes y día, "MM-DD", por ejemplo "07-30".'),
  answers: d('Respuestas'),
  next: d('Paso siguiente', 'El identificador del paso al que lleva esta respuesta.'),
  help: d('Explicación', 'Una explicación corta bajo la pregunta.', true),
  ending: d('Final', 'Marca la casilla si este paso es un final.'),
  actions: d('Qué hacer ahora', 'En orden.'),
  avoid: d('Qué no hacer'),
  contacts: d('A quién llamar', 'Identificadores de líneas de ayuda ("105") o "servicio:demuna".'),
  start: d('Primer paso', 'El identificador del primer paso.'),
  value: d('Valor', 'El dato tal como el sitio lo escribe: "1818", "Ley N° 28950".'),
  statement: d('Qué es este dato', 'Una oración propia, por ejemplo "Número de la Línea 1818 del Mininter".'),
  confidence: d('Certeza', 'CONFIRMED: leído en la fuente nombrada. LIKELY: de una fuente secundaria.'),
  note: d('Nota', 'Los límites del dato, por ejemplo "vigente en 2013".'),
  callable: d('Se puede llamar', 'Quita la marca para un número anunciado que aún no se sabe si funciona: nunca será un enlace para llamar.'),
  // Fields that mean something else in one collection.
  'news.date': d('Fecha del hecho', 'El día del hecho o del anuncio (AAAA-MM-DD).'),
  'campaigns.date': d('Fecha de la campaña', 'El día al que se vincula la campaña, si hay uno.'),
  'pages.date': d('Fecha del documento', 'La fecha a la que se refiere la página, si hay una.'),
  'partners.kind': d('Tipo de entidad', 'gobierno-peru, gobierno-eeuu, organismo-internacional o sociedad-civil.'),
  'services.kind': d('Tipo de servicio', 'demuna, upe, cem, fiscalia o policia.'),
  'facts.kind': d('Tipo de dato', 'phone (teléfono), hours (horario), cost (costo), law (ley), article, amount (monto), date, name (institución) u other.'),
  'facts.sources': d('Fuentes', 'Al menos una: título, quién la publicó y dirección web o documento.'),
  'checklists.items': d('Señales de alerta', 'Cada una en una oración corta. Al menos una.'),
  'tools.title': d('Título'),
  'tools.audience': d('Público', 'Por ejemplo, "adultos" o "adolescentes".'),
  'tools.steps': d('Pasos', 'Cada paso es una pregunta con respuestas, o un final que dice qué hacer.'),
};

/** The Spanish documentation of a field of a collection, or undefined when it has none. */
export function fieldDocEs(collection: string, path: readonly string[]): FieldDoc | undefined {
  const name = path[path.length - 1]!;
  // A text per language: named after its language, as Spanish speakers call it.
  if (name in locales) {
    const language = locales[name as Locale].names[defaultLocale];
    const label = language.charAt(0).toUpperCase() + language.slice(1);
    return name === defaultLocale ? d(label) : d(label, 'Borrador hasta que una persona hablante lo revise.');
  }
  // "body" is also the approving body of an approval record.
  if (name === 'body' && path.includes('approval')) return fieldDocsEs.body_;
  return fieldDocsEs[`${collection}.${name}`] ?? fieldDocsEs[name];
}
