/** What the kit and lesson PDFs (./make.ts) are made from: plain data, copied to a PDF worker as it is. */
import type { Outline } from '../../markdown/sections';

export interface LessonStepPdf {
  title: string;
  minutes: number;
  /** What the teacher does; may be empty. */
  text: string;
}

/** The sheet printed for each student or group. */
export interface ActivitySheetPdf {
  title: string;
  /** What to do, in one or two sentences. */
  instructions: string;
  /** Questions or statements, each printed with lines to write on. */
  items: string[];
  /** `drawing`: a box to draw in comes before the items, which get one line each. */
  format?: 'lines' | 'drawing' | undefined;
}

export interface LessonPdfData {
  title: string;
  description: string;
  /** Already localized: "Primaria". */
  levelLabel: string;
  /** "5.º y 6.º de primaria" */
  grades: string;
  /** Length in minutes. */
  duration: number;
  objectives: string[];
  materials: string[];
  steps: LessonStepPdf[];
  closing: string;
  evaluation: string;
  sheet?: ActivitySheetPdf | undefined;
  /** The lesson's body text, as read by `outline()` (./sections.ts): its sections become headings. */
  outline: Outline;
  /** Absolute URL of the lesson page. */
  url: string;
}

/** Every label of the PDFs, localized by the caller. */
export interface KitPdfStrings {
  /** "Contenido" */
  contents: string;
  /** "Lección {n}" */
  lesson: string;
  /** "Nivel" */
  level: string;
  /** "Grados" */
  grades: string;
  /** "Duración" */
  duration: string;
  /** "{n} min" */
  minutes: string;
  /** "Objetivos" */
  objectives: string;
  /** "Materiales" */
  materials: string;
  /** "Pasos": the heading of the steps. */
  steps: string;
  /** "Paso": the column of the steps' table. */
  step: string;
  /** "Cierre" */
  closing: string;
  /** "Evaluación" */
  evaluation: string;
  /** "Ficha de actividad" */
  sheet: string;
  /** "Nombre:" */
  name: string;
  /** "Fecha:" */
  date: string;
  /** "Página {x} de {y}" */
  page: string;
  /** "Dirección permanente" */
  permalink: string;
  /** "Lecciones" */
  lessons: string;
  /** "Tiempo total" */
  totalTime: string;
}

export interface KitPdfInput {
  /** Document language (BCP 47, the PDF's /Lang and the SVG's xml:lang): "es", "quz". */
  lang: string;
  title: string;
  description: string;
  /** Already localized: "Primaria". */
  levelLabel: string;
  /** Absolute URL of the kit page. */
  url: string;
  /** Shown in a box on the cover, e.g. "Material de ejemplo: no validado por el Ministerio de Educación." */
  notice?: string | undefined;
  /** For a sample kit ("Documento de ejemplo, no oficial"): in the running header of every page and in the metadata. */
  sampleLabel?: string | undefined;
  /** PDF metadata Author and Creator, and the cover's signature: "Alianza CPC". */
  author: string;
  /** The date on the cover and in the metadata (read in UTC). */
  date: Date;
  /** Intl locale for dates: "es-PE" / "quz-PE". */
  dateLocale: string;
  lessons: LessonPdfData[];
  strings: KitPdfStrings;
}

export interface LessonPdfInput extends Pick<KitPdfInput, 'lang' | 'notice' | 'sampleLabel' | 'author' | 'date' | 'dateLocale' | 'strings'> {
  /** The kit the lesson belongs to, shown above its title and in the running header. */
  kitTitle: string;
  lesson: LessonPdfData;
  /** The lesson's position in its kit, from 1: "Lección 2". */
  number: number;
}
