import { plural } from '../../../utilities/plural.js';
import type { RegistrationTranslation } from './registration-translation.js';

const LEVELS = Object.freeze({ native: 'Native', A1: 'A1 beginner', A2: 'A2 elementary', B1: 'B1 intermediate', B2: 'B2 upper intermediate', C1: 'C1 advanced', C2: 'C2 proficient' });
const DAYS = Object.freeze({ mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' });
const STATUSES = Object.freeze({ 'not-registered': 'Not registered yet', registered: 'Registered, no project yet', 'one-project': 'One project', 'several-projects': 'Several projects' });
const SECTIONS = Object.freeze({ about: 'About you', languages: 'Languages', expertise: 'Topics and expertise', eligibility: 'Experience the programme asks for', availability: 'Availability', goals: 'Your goals', consent: 'Consent' });

/** English strings of `<mentor-registration>`. */
export const en: RegistrationTranslation = {
  $code: 'en',
  $name: 'English',

  title: (kind) => (kind === 'mentor' ? 'Register as a mentor' : 'Register as a mentee'),
  intro: (kind, programme) => (kind === 'mentor' ? `Offer your help in ${programme}. Fields marked required must be filled in.` : `Ask for a mentor in ${programme}. Fields marked required must be filled in.`),
  loading: 'Loading the registration form…',
  loadFailed: 'The registration form could not be loaded. Reload the page to try again.',
  programmeNotFound: (id) => `No programme “${id}” was found, so the form cannot be shown.`,
  section: (name) => SECTIONS[name],
  required: '(required)',
  optional: '(optional)',
  choose: 'Choose…',

  givenName: 'Given name',
  familyName: 'Family name',
  email: 'E-mail address',
  emailHint: 'We send a link to this address to confirm it. It is never published.',
  emailHintReviewed: 'The programme’s coordinators write to you at this address. It is never published.',
  country: 'Country',
  region: 'Region or county',
  regionHint: 'Not your school or street address.',
  timezone: 'Time zone',
  role: 'Your role',
  yearsInProfession: 'Years in your profession',

  languagesHint: 'Languages you can meet in, with your level.',
  language: (index) => `Language ${index}`,
  level: (index) => `Level of language ${index}`,
  levelName: (level) => LEVELS[level],
  addLanguage: 'Add a language',
  removeLanguage: (index) => `Remove language ${index}`,

  subjects: 'Subjects',
  schoolLevels: 'School levels',
  topics: (kind) => (kind === 'mentor' ? 'Topics you can help with' : 'Topics you want help with'),
  topicsHint: (kind) => (kind === 'mentor' ? 'Choose 1 to 15.' : 'Tick any that fit; your goals below say the rest.'),
  bio: 'About you, for your public profile',
  bioHint: 'Plain text, at most 2,000 characters. Shown only if you agree to publish your profile.',

  yearsOfExperience: (min) => `Years of experience in the role (the programme asks for at least ${min})`,
  certificate: 'Professional certificate',
  certificateType: 'Certificate',
  certificateValidUntil: 'Valid until',
  trainingCompleted: 'I have completed the mentor training',
  trainingCompletedOn: 'Training completed on',
  etwinningProjects: (min) => `eTwinning projects you have taken part in (at least ${min})`,
  nationalQualityLabels: (min) => `National Quality Labels received (at least ${min})`,
  membershipPaidUntil: (organisation) => `Membership of ${organisation} paid until`,
  etwinningStatus: 'Your eTwinning experience',
  etwinningStatusName: (status) => STATUSES[status as keyof typeof STATUSES] ?? status,
  goalsSet: 'I have written down my goals for the mentoring',
  participationFeePaid: 'I have paid the participation fee',
  eligibilityHint: 'The coordinators check these against the programme’s rules.',

  maxMentees: 'How many mentees you can take',
  maxMenteesHint: (recommended, max) => `The programme recommends ${recommended}; at most ${max}.`,
  availableFrom: 'Available from',
  availableTo: 'Available until',
  weekly: 'Weekly times',
  weeklyHint: 'Times that usually suit you, in your time zone.',
  dayName: (day) => DAYS[day as keyof typeof DAYS] ?? day,
  day: (index) => `Day of time ${index}`,
  start: (index) => `Start of time ${index}`,
  end: (index) => `End of time ${index}`,
  addSlot: 'Add a time',
  removeSlot: (index) => `Remove time ${index}`,
  meetingModes: 'How you can meet',
  inPersonArea: 'Town for meeting in person',
  sameCountryOnly: 'Only a mentor from my own country',

  goals: 'What would you like help with?',
  goalsHint: 'In your own words, in any language; at most 4,000 characters.',
  textLanguage: 'Language of the text',

  consentText: (name) =>
    ({
      publishProfile: 'Publish my profile in the public mentor directory (name as “Given F.”, region, languages, topics; never my e-mail address).',
      contactRequests: 'Send me contact requests from visitors of the site, relayed without showing my address.',
      matching: 'Use my registration to pair me with a mentor.',
      shareWithMentor: 'Share my goals and languages with the mentor I am paired with.',
    })[name],
  privacyBefore: () => 'I have read the ',
  privacyNotice: 'privacy notice',
  newTab: ' (opens in a new tab)',
  privacyAfter: (kind) => (kind === 'mentor' ? ' and agree that the coordinators process my registration.' : ' and agree that the coordinators process my registration to find me a mentor.'),
  noticeVersion: (version) => `Privacy notice version ${version}.`,
  noticeChanged: (version) => `You accepted version ${version} of the privacy notice; it has changed since. Please read it and tick the box again.`,

  submit: (kind) => (kind === 'mentor' ? 'Register as a mentor' : 'Register as a mentee'),
  sending: 'Sending…',
  retry: 'Try again',
  draftSaved: 'What you type is kept in this browser until you send it; consents are not kept.',
  sentTitle: 'Almost done',
  sent: (email) => `Check your e-mail: we sent a link to ${email}. Your registration counts once you open it to confirm your address. If the mail has not come in a few minutes, look in your spam folder.`,
  receivedTitle: 'Registration received',
  received: (email) => `Thank you. The programme’s coordinators will write to you at ${email}.`,
  errorsFound: (count) => plural('en', count, { one: 'Please correct # field.', other: 'Please correct # fields.' }),
  sendFailed: (failure, status) =>
    ({
      network: 'Your registration could not be sent: no connection to the server. Everything you entered is still here; try again.',
      timeout: 'The server did not answer in time. Everything you entered is still here; try again.',
      rejected: `The server did not accept the registration${status ? ` (error ${status})` : ''}. Everything you entered is still here; check it and try again.`,
      server: `The server had a problem${status ? ` (error ${status})` : ''}. Everything you entered is still here; try again in a moment.`,
      duplicate: 'This e-mail address is already registered for this programme. The coordinators will contact you.',
      'rate-limited': 'Too many attempts from this connection. Everything you entered is still here; try again in a few minutes.',
    })[failure],

  fieldError: (code, params) => {
    const limit = Number(params.limit);
    switch (code) {
      case 'required':
      case 'blank':
      case 'invisible-only':
      case 'min-items':
        return code === 'min-items' && limit > 1 ? `Choose at least ${limit}.` : 'This field is required.';
      case 'email':
        return 'Enter an e-mail address such as name@example.org.';
      case 'min-length':
        return limit > 1 ? `At least ${limit} characters.` : 'This field is required.';
      case 'max-length':
        return `At most ${limit} characters.`;
      case 'max-items':
        return `Choose at most ${limit}.`;
      case 'minimum':
        return `At least ${limit}.`;
      case 'maximum':
        return `At most ${limit}.`;
      case 'type':
        return 'Enter a whole number.';
      case 'date':
        return 'Enter a date.';
      case 'date-order':
        return 'The end date must not be before the start date.';
      case 'slot-order':
        return 'The end time must be after the start time.';
      case 'bidi-control':
      case 'control-character':
      case 'lone-surrogate':
        return 'This contains hidden characters (perhaps from copying); please type it again.';
      case 'duplicate-language':
        return 'This language is listed twice.';
      case 'time-zone':
        return 'Choose a time zone.';
      case 'not-offered':
        return 'The programme does not offer this choice.';
      case 'rule-min-years':
        return `The programme asks for at least ${params.required} years.`;
      case 'rule-min-projects':
        return `The programme asks for at least ${params.required} projects.`;
      case 'rule-min-quality-labels':
        return `The programme asks for at least ${params.required} labels.`;
      case 'rule-training':
        return 'The programme asks for the mentor training to be completed.';
      case 'rule-certificate':
        return `The programme asks for a certificate valid on ${params.date}.`;
      case 'rule-membership':
      case 'mentee-rule-membership':
        return `The programme asks for the membership to be paid on ${params.date}.`;
      case 'mentee-rule-goals':
        return 'The programme asks for your goals to be set first.';
      case 'mentee-rule-fee':
        return 'The programme asks for the participation fee to be paid first.';
      default:
        return 'Check this value.';
    }
  },
  consentRequired: 'Tick this box to register.',
  consentRequiredToSave: 'Tick this box to save your profile.',
  honeypot: 'Leave this field empty',
  rulesTitle: 'What the programme asks of you',
  rulesHint: 'A registration that does not meet these is not accepted.',
  rule: (rule) => {
    const on = rule.date ? ` on ${rule.date}` : '';
    return {
      minYearsOfExperience: `At least ${rule.value} years of experience in the role.`,
      certificateAnyOf: `A professional certificate (${rule.labels?.join(', ')}) valid${on}.`,
      mentorTrainingCompleted: 'The mentor training completed.',
      membershipPaidOn: `Membership of ${rule.organisation} paid${on}.`,
      minEtwinningProjects: `At least ${rule.value} eTwinning projects.`,
      minNationalQualityLabels: `At least ${rule.value} National Quality Labels.`,
      goalsSet: 'Your goals for the mentoring written down.',
      participationFeePaid: 'The participation fee paid.',
    }[rule.name];
  },
  updateTitle: 'Your mentor profile',
  save: 'Save my profile',
  saved: 'Your profile is saved and confirmed. You can keep correcting it with this link.',
  emailFixed: 'Your address cannot be changed here; write to the coordinators for that.',
  profileLoadFailed: 'Your profile could not be loaded: the link may have expired. Open it again from your mail; its page offers to send you new links.',
};
