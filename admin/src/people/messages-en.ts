import type { Messages } from '../module';

const columns = {
  name: 'Name', nationalId: 'National id', phone: 'Phone', gender: 'Gender', fullTime: 'Full-time', specialties: 'Specialties', languages: 'Languages',
  studio: 'Studio', organisationId: 'Organisation', gridUnitIds: 'Grid units served', status: 'Status', joinedOn: 'Joined on', weekdays: 'Weekdays',
  certifications: 'Certifications',
};

export const peopleEn: Messages = {
  resources: {
    persons: {
      name: 'Person |||| Persons',
      fields: {
        q: 'Search names', name: 'Name', gender: 'Gender', phone: 'Phone', nationalId: 'National id', address: 'Address', birthDate: 'Date of birth',
        vulnerabilities: 'Vulnerabilities', vulnerability: 'Vulnerability', createdAt: 'Registered',
      },
    },
    mediators: {
      name: 'Pool member |||| Pool members',
      fields: {
        'person.name': 'Name', person: { name: 'Name' }, pool: 'Pool', status: 'Status', fullTime: 'Full-time', specialties: 'Specialties', specialty: 'Specialty',
        studio: 'Studio', languages: 'Languages', language: 'Language', joinedOn: 'Joined on', 'organisation.name': 'Organisation',
        organisation: { name: 'Organisation' }, organisationId: 'Organisation', gridUnits: 'Grid units served', gridUnitId: 'Serves (coverage)', gridUnitIds: 'Grid units served',
        certifications: 'Certifications', certExpiry: 'Certificate expiry', weekdays: 'Weekdays available', availabilityExceptions: 'Leave and blocked days',
        'performance.casesMediated': 'Mediations', 'performance.casesResolved': 'Resolved', 'performance.successRate': 'Success rate',
        'performance.satisfaction': 'Satisfaction', 'performance.lastActivityAt': 'Last mediation', workload: 'Open cases', 'activeCases.nodes': 'Open cases',
        activeCases: 'Open cases',
        performance: { casesMediated: 'Mediations', casesResolved: 'Resolved', successRate: 'Success rate', satisfaction: 'Satisfaction', lastActivityAt: 'Last mediation' },
      },
    },
    accounts: {
      name: 'Account |||| Accounts',
      fields: {
        username: 'Username', password: 'Initial password', roles: 'Roles', organisationId: 'Organisation', person: 'Person', organisation: 'Organisation',
        disabled: 'Disabled', lockedUntil: 'Locked until', lastLoginAt: 'Last sign-in', newPassword: 'New password', until: 'Locked until (Beijing time)',
      },
    },
  },
  enums: {
    Gender: { MALE: 'Male', FEMALE: 'Female', UNSPECIFIED: 'Not recorded' },
    Vulnerability: { ELDERLY: 'Elderly', DISABLED: 'Disabled', MINOR: 'Minor', WOMAN_IN_HARDSHIP: 'Woman in hardship', MIGRANT: 'Migrant', EXTREME_HARDSHIP: 'Extreme hardship' },
    Pool: {
      PEOPLES_MEDIATOR: "People's mediators", OBSERVER: 'Observers', VOLUNTEER: 'Volunteers', DEPUTY: 'Deputies', RETIRED_CADRE: 'Retired cadres',
      LEGAL_UNDERSTANDING_PERSON: 'Legal-understanding persons', LEGAL_ADVISER: 'Legal advisers', LAWYER: 'Lawyers', PSYCHOLOGIST: 'Psychologists',
      SUPERVISION_COMMISSIONER: 'Supervision commissioners', PROXY_AGENT: 'Proxy agents', EVERYONE_JUDGES: 'Everyone judges panel',
    },
    MediatorStatus: { ACTIVE: 'Active', SUSPENDED: 'Suspended', RETIRED: 'Retired' },
    AvailabilityExceptionKind: { LEAVE: 'Leave', BLOCKED: 'Blocked' },
    ImportMode: { ALL_OR_NOTHING: 'All or nothing', VALID_ROWS_ONLY: 'Valid rows only' },
    ImportPhase: { VALIDATING: 'Validating', CHECKING_REFERENCES: 'Checking grid units and organisations', WRITING: 'Writing', DONE: 'Import finished', FAILED: 'Import failed' },
    DuplicateReason: { SAME_NATIONAL_ID: 'Same national id', SAME_NAME_AND_PHONE: 'Same name and phone' },
    CoverageLevel: { TOWNSHIP: 'Township', WORK_AREA: 'Work area', VILLAGE: 'Village', GRID: 'Grid' },
    Role: {
      ADMIN: 'Administrator', CENTRE_STAFF: 'Centre staff', LEADER: 'Leader', HANDLER: 'Handler', MEDIATOR: 'Mediator', PARTNER: 'Partner',
      FUND_OFFICER: 'Fund officer', FUND_APPROVER: 'Fund approver', AUDITOR: 'Auditor',
    },
    Weekday: { 1: 'Mon', 2: 'Tue', 3: 'Wed', 4: 'Thu', 5: 'Fri', 6: 'Sat', 7: 'Sun' },
    Specialty: { family: 'Family', land: 'Land', labor: 'Labour', legal: 'Legal', property: 'Property', medical: 'Medical', traffic: 'Traffic', psychology: 'Psychology' },
  },
  onedoor: {
    people: {
      menu: { pools: 'Pool overview', import: 'Bulk import', duplicates: 'Probable duplicates' },
      person: {
        genderHint: 'Taken from the national id when empty', nationalIdHint: '18-character resident identity number',
        phoneHint: 'Mobile, or landline with area code such as 0539-1234567', birthDateHint: 'Taken from the national id when empty',
        membershipsTitle: 'Pools', casesTitle: 'Cases brought', casesCount: '%{count} in all',
        mergedFromTitle: 'Merged duplicate records', mergedFromHint: 'Cases and relief recorded against them stay reachable.',
      },
      case: { number: 'Case number', title: 'Title', status: 'Status', receivedAt: 'Received' },
      cert: {
        none: 'No certificate', noExpiry: 'Never expires', expired: 'Expired (%{date})', soon: 'Expires soon (%{date}, %{days} days left)',
        expiredShort: 'Expired %{date}', soonShort: 'Expires soon %{date}', name: 'Certificate', expiresOn: 'Valid until', expiresOnHint: 'Leave empty when it never expires',
      },
      member: {
        add: 'Add to a pool', added: 'Added to the pool', saved: 'Saved', changeStatus: 'Change status', addCertification: 'Add certificate',
        setWeekdays: 'Set weekdays', addException: 'Record leave or blocked days', reason: 'Reason', newSpecialty: 'New specialty "%{item}"',
        languagesHint: 'Separate several with ";", e.g. 普通话;临沭话', system: 'Imported by the system', tabProfile: 'Profile', tabAvailability: 'Availability',
        tabPerformance: 'Performance and workload', tabHistory: 'Status history',
      },
      exception: { kind: 'Kind', from: 'First day', to: 'Last day', note: 'Note' },
      history: { from: 'From', to: 'To', reason: 'Reason', at: 'When', actor: 'By' },
      duplicates: {
        title: 'Probable duplicates', intro: 'Records sharing a national id, or both name and phone. Choose the record to keep; the others are merged into it.',
        none: 'No probable duplicates found', count: '%{count} records', keep: 'Keep', merge: 'Merge into the kept record', merged: 'Merged',
        confirmTitle: 'Confirm merge', confirmContent: 'Merge %{count} duplicate record(s) into "%{survivor}"? This cannot be undone.',
      },
      pools: {
        title: 'Pool overview', statsTitle: '%{pool}: size', active: 'Active', total: 'All members', withoutGridUnit: 'Serving no grid unit',
        bySpecialty: 'By specialty (active)', byTownship: 'By township (active)', township: 'Township', export: 'Export pool', gapsTitle: 'Coverage gaps',
        gapsIntro: 'Grid units no active, certified member of the specialty covers', level: 'Level', gapsSummary: '%{checked} units checked, %{gaps} uncovered',
        noGaps: 'Fully covered',
      },
      import: {
        title: 'Pool bulk import', mode: 'Mode', chooseFile: 'Choose CSV file', template: 'Download template', start: 'Start import',
        fileSummary: 'File: %{name}, %{rows} data rows', progressRows: '%{validated}/%{total} rows checked, %{written} written',
        reportTitle: 'Import report', committed: 'The valid rows were stored', notCommitted: 'Bad rows found: nothing was stored (all or nothing)',
        totalRows: 'Rows', created: 'Created', updated: 'Updated', unchanged: 'Unchanged', rejected: 'Rejected', rejectedTitle: 'Rejected rows',
        downloadRejected: 'Download rejected rows', line: 'Line', field: 'Column', reason: 'Reason', notAllowed: 'Only administrators and centre staff may import pools.',
        formatIntro: 'UTF-8, a header row naming the columns (any order; name and nationalId required); lists separated by ";":',
        columns,
        hints: {
          name: 'required', nationalId: 'required, 18 characters', phone: 'mobile or landline', gender: 'MALE / FEMALE; from the national id when empty',
          fullTime: 'true/false or 专职/兼职', specialties: 'e.g. family;land', languages: 'e.g. 普通话;临沭话', studio: 'brand studio name',
          organisationId: 'organisation id (see an export)', gridUnitIds: 'grid unit ids separated by ;', status: 'ACTIVE / SUSPENDED / RETIRED, default ACTIVE',
          joinedOn: 'YYYY-MM-DD, not in the future', weekdays: '1 (Monday) to 7 (Sunday), default 1;2;3;4;5', certifications: 'name@YYYY-MM-DD, or just the name when it never expires',
        },
      },
      account: {
        title: 'Account', create: 'Open an account', created: 'Account opened', usernameHint: '3 to 50 letters, digits, dots, dashes or underscores',
        passwordHint: 'At least 10 characters', resetPassword: 'Reset password', passwordReset: 'Password reset', lock: 'Lock', lockedDone: 'Account locked',
        unlock: 'Unlock', unlockedDone: 'Unlocked', disable: 'Disable', enable: 'Enable', disabledDone: 'Saved', notFound: 'No such account',
      },
    },
  },
};
