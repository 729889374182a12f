// @ts-check
/** Test records shaped like the sample data (synthetic people). */

/** @returns {import('@mentor-finder/matcher').Mentor} */
export function mentorFixture(overrides = {}) {
  return /** @type {any} */ ({
    id: 'm-ee-01',
    programmeId: 'etwinning-mentors-2026',
    status: 'active',
    displayName: 'Kadri T.',
    country: 'EE',
    region: 'Tartumaa',
    timezone: 'Europe/Tallinn',
    languages: [
      { code: 'et', level: 'native' },
      { code: 'en', level: 'C1' },
    ],
    role: 'teacher',
    topics: ['partner-finding', 'project-planning'],
    bio: { en: 'English teacher.' },
    experience: { yearsInProfession: 19 },
    eligibility: { yearsOfExperience: 19, mentorTraining: { completed: true } },
    capacity: { maxMentees: 2, currentMentees: 1, acceptingRequests: true },
    availability: { from: '2026-01-05', to: '2026-06-12', meetingModes: ['video'] },
    private: {
      givenName: 'Kadri',
      familyName: 'Tamm',
      email: 'kadri.tamm@example.org',
      consent: { publishProfile: true, contactRequests: true, givenAt: '2025-09-03T09:12:00Z', noticeVersion: '2025-08' },
      createdAt: '2025-09-03T09:12:00Z',
      updatedAt: '2025-09-03T09:12:00Z',
    },
    ...overrides,
  });
}

/** @returns {import('@mentor-finder/matcher').Programme} */
export function programmeFixture() {
  return /** @type {any} */ ({
    id: 'etwinning-mentors-2026',
    kind: 'etwinning',
    name: { en: 'eTwinning mentor pool 2026', et: 'eTwinningu mentorid 2026' },
    period: { from: '2025-09-01', to: '2026-06-30' },
    relationshipWindow: { from: '2026-01-05', to: '2026-06-12' },
    contact: { allowPublicContactRequests: true },
  });
}

/** @returns {import('../compose-mails.js').RelayedRequest} */
export function requestFixture(overrides = {}) {
  return {
    id: 'req-0001',
    receivedAt: Date.UTC(2026, 1, 2, 9, 30),
    sender: { name: 'Piret Proov', email: 'piret.proov@example.org', country: 'EE', role: 'teacher', languages: ['et', 'en'] },
    message: { text: 'Hello! I would like help with finding partners.\nThank you.', lang: 'en' },
    topics: ['partner-finding'],
    ...overrides,
  };
}
