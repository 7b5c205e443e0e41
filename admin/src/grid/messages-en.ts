import type { Messages } from '../module';

export const gridEn: Messages = {
  resources: {
    gridUnits: {
      name: 'Grid unit |||| Grid units',
      fields: {
        q: 'Search', code: 'Code', name: 'Name', level: 'Level', 'parent.name': 'Parent unit', parentId: 'Parent unit', withinId: 'Within',
        depth: 'Depth', createdAt: 'Recorded', ancestors: 'Where', children: 'Units below', staff: 'Head and members', caseStats: 'Cases, last 30 days',
      },
    },
    organisations: {
      name: 'Organisation |||| Organisations',
      fields: {
        q: 'Search', code: 'Code', name: 'Name', kind: 'Kind', 'parent.name': 'Parent organisation', 'gridUnit.name': 'Serves', parentId: 'Parent organisation',
        gridUnitId: 'Serves', phone: 'Phone', address: 'Address', channels: 'Routing channels', contacts: 'Contacts', 'contacts.name': 'Name',
        'contacts.title': 'Post', 'contacts.phone': 'Phone', createdAt: 'Recorded', openCases: 'Open cases',
      },
    },
    gridEvents: {
      name: 'Grid event |||| Grid events',
      fields: {
        status: 'Status', withinId: 'Within', organisationId: 'Whistled to', overdue: 'Overdue', title: 'Title', 'gridUnit.name': 'Grid',
        'whistledTo.name': 'Whistled to', reportedAt: 'Reported', responseDueAt: 'Response due', place: 'Place', description: 'Description',
        categoryId: 'Category', occurredAt: 'Occurred', reportedBy: 'Reported by', case: 'Case', satisfied: 'Satisfied', photos: 'Photos',
        disposal: 'Disposal', response: 'Response', feedback: 'Feedback', closedAt: 'Closed',
      },
    },
    jointMeetings: {
      name: 'Joint meeting |||| Joint meetings',
      fields: { title: 'Title', scheduledAt: 'When', place: 'Place', organisations: 'Organisations', topics: 'Agenda', decisions: 'Decisions' },
    },
    meetingDecisions: {
      name: 'Meeting decision |||| Meeting decisions',
      fields: { text: 'Decision', 'owner.name': 'Owner', dueOn: 'Due', doneAt: 'Done', overdue: 'Overdue', state: 'State', open: 'Open only' },
    },
    gridPersons: { name: 'Person |||| Persons', fields: { name: 'Name', q: 'Search' } },
  },
  enums: {
    GridLevel: { COUNTY: 'County', TOWNSHIP: 'Township', WORK_AREA: 'Work area', VILLAGE: 'Village', GRID: 'Grid' },
    GridStaffRole: { GRID_HEAD: 'Grid head', COUNTY_INSTRUCTOR: 'County instructor', TOWNSHIP_INSTRUCTOR: 'Township instructor', GRID_MEMBER: 'Grid member' },
    OrganisationKind: {
      PETITION_OFFICE: 'Petition bureau', DEPARTMENT: 'County department', TOWNSHIP: 'Township', COURT: 'Court', PROCURATORATE: 'Procuratorate', POLICE: 'Police',
      LABOR_ARBITRATION: 'Labor arbitration', LEGAL_AID_CENTRE: 'Legal aid centre', MEDIATION_COMMITTEE: 'Mediation committee', SUB_CENTRE: 'Sub-centre', STUDIO: 'Studio',
    },
    RoutingChannel: {
      TOWNSHIP: 'Township', COUNTY_DEPARTMENT: 'County department', PEOPLES_MEDIATION: "People's mediation", COURT_FILING: 'Court filing',
      LABOR_ARBITRATION: 'Labor arbitration', ADMINISTRATIVE_RECONSIDERATION: 'Administrative reconsideration', LEGAL_SERVICES: 'Legal services',
      PSYCHOLOGICAL_COUNSELLING: 'Psychological counselling', DISCIPLINE_INSPECTION: 'Discipline inspection', SUPERVISION: 'Supervision',
    },
    ResidencyMode: { PERMANENT: 'Permanent', ROTATING: 'Rotating', ON_CALL: 'On call' },
    DutyShiftKind: { WORK_HOURS: 'Office hours', NOON: 'Noon', NIGHT: 'Night', WEEKEND_DAY: 'Weekend day', WEEKEND_LEADER: 'Weekend leader' },
    DutyConflictKind: { DOUBLE_BOOKED: 'Double-booked', ON_LEAVE: 'On leave', TOO_LITTLE_REST: 'Too little rest' },
    GridEventStatus: {
      REPORTED: 'Reported', DISPOSED: 'Disposed', WHISTLED: 'Whistled', RESPONDED: 'Responded', CLOSED: 'Closed', ESCALATING: 'Escalating', ESCALATED: 'Escalated',
    },
    MeetingTopicKind: { HOT_CATEGORY: 'Hot category', OVERDUE_CASES: 'Overdue cases', OTHER: 'Other' },
  },
  onedoor: {
    grid: {
      failed: 'Not done: %{reason} (%{detail})',
      menu: { tree: 'Grid tree', roster: 'Duty roster', residency: 'Residency' },
      tree: {
        title: 'Grid tree', help: 'Open the county level by level: township → work area → village → grid.', noChildren: 'No units below',
        expand: 'Open %{name}', collapse: 'Close %{name}',
      },
      units: {
        stats: { total: 'Received', open: 'Open', closed: 'Closed', repeat: 'Repeat', group: 'Group' },
        addChild: 'Add unit below', move: 'Move', setStaff: 'Set staff', moved: 'Unit moved', staffSet: 'Staff set',
        newParent: 'New parent', staffRole: 'Role', staffPeople: 'People, in order', staffHelp: 'Empty clears the role; at most one grid head',
      },
      orgs: {
        editProfile: 'Edit profile', contact: { name: 'Name', title: 'Post', phone: 'Phone' }, openCount: '%{count} open cases (at most 50 listed)',
      },
      roster: {
        title: 'Duty roster', previous: 'Previous', next: 'Next', today: 'Today', monthView: 'Month', weekView: 'Week',
        generate: 'Generate from a rule', addShift: 'Add shift', recordLeave: 'Record leave', editShift: 'Shift', remove: 'Remove shift', swap: 'Swap',
        monthHeading: '%{month}/%{year}', weekHeading: '%{from} to %{to}',
        weekdays: { 0: 'Mon', 1: 'Tue', 2: 'Wed', 3: 'Thu', 4: 'Fri', 5: 'Sat', 6: 'Sun' },
        short: { WORK_HOURS: 'Office', NOON: 'Noon', NIGHT: 'Night', WEEKEND_DAY: 'Day', WEEKEND_LEADER: 'Leader' },
        onDutyNow: 'On duty now', nobodyOnDuty: 'Nobody is on duty now', until: 'until %{time}',
        noProblems: 'No conflict and no gap in this period',
        conflicts: '%{smart_count} conflict |||| %{smart_count} conflicts',
        gaps: '%{smart_count} gap in cover |||| %{smart_count} gaps in cover',
        gap: 'Nobody on duty %{from} to %{to} (%{hours} h)',
        generateTitle: 'Generate a month of duty from a rotation rule',
        generateHelp: 'Each list takes its kind of shift in turn, skipping whoever is on leave, booked or resting; the month is written only if it has no conflict and no gap.',
        generated: 'Month generated', generateRefused: 'Not generated: the month already has shifts (tick "Replace"), or a list is too short',
        editRefused: 'Not saved: this change would create a conflict or a gap in cover', saved: 'Shift saved', removed: 'Shift removed', swapped: 'Shifts swapped',
        leaveRecorded: 'Leave recorded', replaceHelp: 'Unticked, a month that has shifts is refused',
        fields: {
          month: 'Month', workHours: 'Office-hours officers', noon: 'Noon officers', night: 'Night officers', weekendDay: 'Weekend day officers',
          weekendLeaders: 'Weekend leaders', replace: "Replace the month's shifts", kind: 'Shift', person: 'Person', startsAt: 'From', endsAt: 'Until',
          note: 'Note', reason: 'Reason', swapWith: 'Swap with',
        },
      },
      residency: {
        title: 'Residency', date: 'Day', add: 'Add residency', plan: 'Plan monthly rotation', added: 'Residency added', planned: 'Rotation planned',
        fields: {
          organisation: 'Organisation', mode: 'Mode', window: 'Window', startsOn: 'From', endsOn: 'Until', caseLoad: 'Case load',
          count: 'How many', lookBackMonths: 'Months looked back', kinds: 'Kinds',
        },
      },
      events: {
        done: 'Done', changed: 'Someone else moved this event on; reload and try again',
        actions: { dispose: 'Dispose', whistle: 'Whistle', respond: 'Respond', feedback: 'Close with feedback', escalate: 'Escalate into a case' },
        respondWithinHours: 'Respond within (hours)', petitioners: 'Petitioners', contactPhone: 'Contact phone', photo: 'Photo %{n}',
      },
      meetings: { done: 'Done', open: 'Open' },
    },
  },
};
