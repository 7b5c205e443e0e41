import { gql } from '@apollo/client';

/** The GraphQL the intake screen sends (kept apart from the components, like every module's queries.ts). */

/** The taxonomy, top-level categories with their active sub-categories. */
export const CATEGORIES = gql`
  query IntakeCategories {
    categories {
      id
      name
      code
      children {
        id
        name
        code
      }
    }
  }
`;

/** One level of the grid tree: the units directly under `parentId` (the county when `level` is COUNTY). */
export const GRID_CHILDREN = gql`
  query IntakeGridChildren($filter: GridUnitFilter) {
    gridUnits(filter: $filter, first: 200) {
      totalCount
      nodes {
        id
        name
        level
      }
    }
  }
`;

/** The chosen unit with every unit above it, to show its full path. */
export const GRID_PATH = gql`
  query IntakeGridPath($id: ID!) {
    gridUnit(id: $id) {
      id
      name
      ancestors {
        id
        name
      }
    }
  }
`;

const PERSON = 'id name gender phone nationalId address';

/** Petitioner search: by words of the name, or exactly by phone or national id. */
export const SEARCH_PERSONS = gql`
  query IntakePersons($filter: PersonFilter) { persons(filter: $filter, first: 10) { totalCount nodes { ${PERSON} } } }
`;

/** Probable duplicates of a person about to be registered: same phone, or same national id. */
export const DUPLICATE_CANDIDATES = gql`
  query IntakeDuplicates($byPhone: PersonFilter, $byNationalId: PersonFilter, $withPhone: Boolean!, $withNationalId: Boolean!) {
    byPhone: persons(filter: $byPhone, first: 5) @include(if: $withPhone) { nodes { ${PERSON} } }
    byNationalId: persons(filter: $byNationalId, first: 5) @include(if: $withNationalId) { nodes { ${PERSON} } }
  }
`;

/** The group-petition threshold, to say when a head count makes it one. */
export const CASE_RULES = gql`
  query IntakeRules {
    caseRules {
      groupHeadCount
    }
  }
`;

export const REGISTER_PERSON = gql`
  mutation IntakeRegisterPerson($input: RegisterPersonInput!) {
    registerPerson(input: $input) {
      id
      name
      phone
    }
  }
`;

export const REGISTER_CASE = gql`
  mutation IntakeRegisterCase($input: RegisterCaseInput!) {
    registerCase(input: $input) {
      id
      number
      trackingCode
    }
  }
`;

export interface PersonHit {
  id: string;
  name: string;
  gender: string;
  phone: string | null;
  nationalId: string | null;
  address: string | null;
}

export interface CategoryNode {
  id: string;
  name: string;
  code: string;
  children: { id: string; name: string; code: string }[];
}

export interface GridNode {
  id: string;
  name: string;
  level: string;
}
