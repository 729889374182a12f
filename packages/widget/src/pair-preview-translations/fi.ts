import { plural } from '../utilities/plural.js';
import { issueMessage } from '@mentor-finder/matcher';
import { aboutCell } from './message-params.js';
import type { DataSource, MessageParams, PairPreviewTranslation } from './pair-preview-translation.js';

const sources: Record<DataSource, string> = {
  mentors: 'Mentorit',
  mentees: 'Mentoroitavat',
  programmes: 'Ohjelmat',
  mapping: 'Sarakkeiden vastaavuus',
  constraints: 'Lukitukset ja poissulkemiset',
};



export const fi: PairPreviewTranslation = {
  $code: 'fi',
  $name: 'Suomi',

  regionLabel: 'Mentoriparien esikatselu',

  loadHeading: 'Osallistujat',
  fileLabel: (source) =>
    ({
      mentors: 'Mentorit (JSON tai CSV)',
      mentees: 'Mentoroitavat (JSON tai CSV)',
      programmes: 'Ohjelmat (JSON)',
      mapping: 'CSV-tiedostojen sarakkeiden vastaavuus (JSON, valinnainen)',
      constraints: 'Lataa lukitukset ja poissulkemiset (JSON)',
    })[source],
  fileHint: 'Täällä valitsemasi tiedostot luetaan tässä selaimessa; niitä ei lähetetä palvelimelle.',
  sourceName: (source) => sources[source],
  loading: (source) => `${sources[source]}: ladataan…`,
  loadedCount: (source, n) =>
    source === 'mentors' ? plural('fi', n, { one: '# mentori', other: '# mentoria' })
    : source === 'mentees' ? plural('fi', n, { one: '# mentoroitava', other: '# mentoroitavaa' })
    : source === 'programmes' ? plural('fi', n, { one: '# ohjelma', other: '# ohjelmaa' })
    : plural('fi', n, { one: '# kohta', other: '# kohtaa' }),
  loadFailed: (source, cause) => `${sources[source]}: lataus epäonnistui (${cause}).`,
  noValidRecords: (source) => `${sources[source]}: yhtään kelvollista tietuetta ei löytynyt.`,
  issuesHeading: (n) => plural('fi', n, { one: 'Tiedoissa on # ongelma (kelvolliset tietueet käytetään)', other: 'Tiedoissa on # ongelmaa (kelvolliset tietueet käytetään)' }),
  issueWhere: (source, row, recordId, field, column) =>
    `${sources[source]}${row !== null ? `, rivi ${row}` : ''}${recordId ? ` (${recordId})` : ''}${field ? `, kenttä ”${field}”` : ''}${column ? ` (sarake ”${column}”)` : ''}`,
  validationMessage: (code, _field, params) => aboutCell(params, issueMessage(code, params, 'fi') ?? `ei ole kelvollinen (${code})`, ['”', '”']),
  emptyState: 'Lataa mentorit ja mentoroitavat nähdäksesi ehdotetut parit.',

  settingsHeading: 'Ohjelman asetukset',
  programmeLabel: 'Ohjelma',
  noProgramme: 'Ei ohjelman sääntöjä',
  relationshipStart: 'Mentoroinnin alku',
  relationshipEnd: 'Mentoroinnin loppu',
  datesHint: 'Jätä tyhjäksi käyttääksesi ohjelman päivämääriä.',
  datesReversed: 'Mentorointi päättyy ennen kuin se alkaa; ohjelman päivämääriä käytetään, kunnes tämä on korjattu.',
  weightsLegend: 'Painot',
  weightLabel: (component) =>
    ({
      topics: 'Tavoitteet ja aiheet',
      subjects: 'Oppiaineet',
      schoolLevels: 'Kouluasteet',
      language: 'Kielitaso',
      country: 'Sama maa',
      meetingModes: 'Tapaamistavat',
      availability: 'Aikataulut',
      freePlaces: 'Vapaat paikat',
      preferred: 'Toivottu mentori',
    })[component],
  resetWeights: 'Palauta painot',
  run: 'Ehdota pareja',
  rerun: 'Laske uudelleen',

  solving: 'Etsitään parhaita pareja…',
  solvingElapsed: (s) => `Etsitään parhaita pareja… ${s} s`,
  cancel: 'Peruuta',
  cancelled: 'Pysäytetty. Edellinen tulos näkyy yhä.',
  solveFailed: 'Pareja ei voitu laskea.',

  pairsHeading: (n) => plural('fi', n, { one: '# ehdotettu pari', other: '# ehdotettua paria' }),
  filterLabel: 'Suodata pareja',
  filterHint: 'Mentoroitavan tai mentorin nimi tai tunnus',
  filteredCount: (shown, total) => `${shown}/${total} paria vastaa suodatinta`,
  column: (column) => ({ mentee: 'Mentoroitava', mentor: 'Mentori', score: 'Sopivuus' })[column],
  columnReasons: 'Miksi',
  columnActions: 'Toiminnot',
  pin: 'Lukitse',
  pinnedMark: 'lukittu',
  exclude: 'Sulje pois',
  swapLabel: (mentee) => `Toinen mentori: ${mentee}`,
  swapNone: 'Ei muita mentoreita, joilla on tilaa, eikä vaihtoja',
  swapOption: (mentor, score, otherMentee, change, otherChange) => `${mentor} (${score}), vaihto: ${otherMentee}: tässä ${change}, ${otherMentee} ${otherChange}`,
  exchanged: (mentee, mentor, change, otherMentee, otherMentor, otherChange) => `Mentorit vaihdettu: ${mentee} – ${mentor} (${change}), ${otherMentee} – ${otherMentor} (${otherChange}).`,
  keepRecord: (name, id) => `Valitse pariin ${name} (${id})`,
  swap: 'Vaihda',
  undo: 'Kumoa viimeisin muutos',
  nothingToUndo: 'Ei kumottavaa',
  changeSummary: (added, removed, changed) =>
    added + removed + changed === 0
      ? 'Edelliseen verrattuna: yksikään pari ei muuttunut.'
      : `Edelliseen verrattuna: ${added} lisätty, ${removed} poistettu, ${changed} muuttunut.`,
  firstRun: (n) => plural('fi', n, { one: 'Ensimmäinen ajo: # ehdotettu pari.', other: 'Ensimmäinen ajo: # ehdotettua paria.' }),
  markAdded: 'uusi',
  markChanged: 'muuttunut',
  removedHeading: (n) => `Edellisestä ajosta poistuneet parit: ${n}`,
  showMore: (shown, total) => `Näytä lisää (${shown}/${total} näkyvissä)`,
  noPairs: 'Yhtään paria ei voitu ehdottaa.',
  noFilterMatch: 'Mikään pari ei vastaa suodatinta.',
  warningsLabel: 'Varoitus',
  issuesOfRun: 'Huomioita tästä ajosta',

  constraintsHeading: 'Lukitukset ja poissulkemiset',
  pinnedPair: (mentee, mentor) => `${mentee} lukittu mentorille ${mentor}`,
  excludedPair: (mentee, mentor) => `${mentee} ei koskaan mentorille ${mentor}`,
  remove: 'Poista',
  removeLabel: (what) => `Poista: ${what}`,
  noConstraints: 'Ei vielä lukituksia tai poissulkemisia.',

  unmatchedHeading: (n) => plural('fi', n, { one: '# mentoroitava ilman mentoria', other: '# mentoroitavaa ilman mentoria' }),
  freeMentorsHeading: (n) => plural('fi', n, { one: '# mentorilla on vapaita paikkoja', other: '# mentorilla on vapaita paikkoja' }),
  freePlacesLeft: (n) => plural('fi', n, { one: '# paikka jäljellä', other: '# paikkaa jäljellä' }),
  noneUnmatched: 'Jokaisella mentoroitavalla on mentori.',
  noFreeMentors: 'Yhdelläkään mentorilla ei ole vapaata paikkaa.',
  noMenteesInRun: (inProgramme) => (inProgramme ? 'Ladatuissa tiedostoissa ei ole tämän ohjelman mentoroitavia.' : 'Ladatuissa tiedostoissa ei ole yhtään mentoroitavaa.'),
  noMentorsInRun: (inProgramme) => (inProgramme ? 'Ladatuissa tiedostoissa ei ole tämän ohjelman mentoreita.' : 'Ladatuissa tiedostoissa ei ole yhtään mentoria.'),

  summaryHeading: 'Yhteenveto',
  matchedOf: (matched, total) => `${matched}/${total} mentoroitavaa sai parin`,
  meanScore: 'Keskimääräinen sopivuus',
  minScore: 'Heikoin sopivuus',
  histogramCaption: 'Ehdotettujen parien sopivuus',
  histogramRange: 'Sopivuus',
  histogramCount: 'Pareja',
  loadTableCaption: 'Mentorien kuormitus',
  loadColumn: (column) =>
    ({ mentor: 'Mentori', free: 'Vapaana ennen', existing: 'Käynnissä', pinned: 'Lukittu', suggested: 'Ehdotettu', remaining: 'Jäljellä' })[column],

  exportHeading: 'Vienti',
  delimiterLabel: 'CSV-erotin',
  delimiterName: (name) => ({ comma: 'Pilkku (,)', semicolon: 'Puolipiste (;)', tab: 'Sarkain' })[name],
  exportCsv: 'Lataa parit (CSV)',
  exportJson: 'Lataa parit (JSON)',
  exportConstraints: 'Lataa lukitukset ja poissulkemiset',
  importConstraints: 'Tuo lukitukset ja poissulkemiset (JSON)',
  exportHint: 'Tiedostot tehdään tässä selaimessa. Mitään ei lähetetä koneeltasi.',
  constraintsLoaded: (pins, exclusions) => `Ladattiin ${pins} lukitusta ja ${exclusions} poissulkemista.`,
};
