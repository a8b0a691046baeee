// The Quechua of the synthetic content (bench/content.mjs): filler of the same shape as the
// Spanish, assembled the same way, a draft that only gives the Quechua index and pages realistic
// size. It states nothing; every entry it belongs to is marked `sample: true`.
import { paragraph, pick } from './text.mjs';

const QU_SUBJECTS = ['Yachachiqqa', 'Hampiqqa', "Llamk'aqqa", 'Kamachiqqa', 'Willakuyta chaskiqqa', 'Ayllu umalliqqa'];
const QU_COMPLEMENTS = ["sapa p'unchaw", 'hawka sunquwan', 'mana pitapas sasachaspa', 'institucionpa kamachisqanman hina', 'ayllunwan rimaspa', 'mana qunqaspa'];
const QU_OBJECTS = ['rikusqanta', 'willakuyta', "p'unchawta horatapas", 'wawapa rimasqanta', 'qillqata', 'ruwanakunata'];
const QU_VERBS = ['qillqan', 'qhawarin', 'willan', 'waqaychan', 'uyarin', 'yachachin'];
const QU_STANDALONE = [
  'Wawaqa manam huchayuqchu.',
  "Wawakunata amachanaqa llapanchikpa llamk'ayninchikmi.",
  'Kay qillqaqa qhawarinapaq qillqallam, manam kamachisqa qillqachu.',
  'Yachasqanchikqa pakasqallam kanan.',
  'Peligro kaqtinqa, usqhaylla yanapayta mañakunchik.',
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
const QU_SUBSECTIONS = ['Ima ruwana', 'Ima mana ruwanachu', 'Pim ruwan', 'Hayk’aqmi'];
export const QU_STEPS = ['Napaykuy', 'Rimanakunchik', "Huñupi llamk'anchik", 'Willanakunchik', 'Huk willakuyta ñawinchanchik', "Siq'inchik", 'Tukuchiy'];

export function quSentence(rand) {
  if (rand() < 0.25) return pick(rand, QU_STANDALONE);
  return `${pick(rand, QU_SUBJECTS)} ${pick(rand, QU_COMPLEMENTS)} ${pick(rand, QU_OBJECTS)} ${pick(rand, QU_VERBS)}.`;
}

/**
 * The Quechua draft of a Spanish body, block by block: the same headings at the same levels (so
 * section numbers match, as in a real translation), lists of the same length, shorter paragraphs.
 */
export function quechuaOf(rand, esText, intro) {
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

